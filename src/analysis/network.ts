// Actor network: directed, weighted edges source → target over a set of events, filterable by date
// range and QuadClass. Weight is the number of events; Goldstein sum is kept for colouring.
import type { EventRecord } from '../core/event.js';

export interface Edge {
  source: string;
  target: string;
  weight: number;
  goldstein: number;
}

export interface NetworkOptions {
  from?: string;
  to?: string;
  quad?: number;
}

export function actorNetwork(events: readonly EventRecord[], opts: NetworkOptions = {}): Edge[] {
  const edges = new Map<string, Edge>();
  for (const e of events) {
    if (!e.target) continue;
    if (opts.quad && e.quad_class !== opts.quad) continue;
    if (opts.from && (!e.date || e.date < opts.from)) continue;
    if (opts.to && (!e.date || e.date.slice(0, opts.to.length) > opts.to)) continue;
    const key = `${e.source.code}\u0000${e.target.code}`;
    const edge = edges.get(key) ?? {
      source: e.source.code,
      target: e.target.code,
      weight: 0,
      goldstein: 0,
    };
    edge.weight += 1;
    edge.goldstein = Math.round((edge.goldstein + e.goldstein) * 100) / 100;
    edges.set(key, edge);
  }
  return [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source));
}

/** The `n` events with the largest |Goldstein| (ties: more confident first). */
export function topEvents(events: readonly EventRecord[], n = 10): EventRecord[] {
  return [...events]
    .sort((a, b) => Math.abs(b.goldstein) - Math.abs(a.goldstein) || b.confidence - a.confidence)
    .slice(0, n);
}
