// Dyad series: events of one dyad bucketed by period, with counts per QuadClass and root code,
// Goldstein sum and mean, a cooperation–conflict index and an alert against the dyad's own baseline.
//
// Index: (cooperative − conflictual) / all events in the period, in [−1, 1]; QuadClass 1–2 count as
// cooperative, 3–4 as conflictual. Alert rule: the period's Goldstein sum is compared with the previous
// `baseline` periods (default 8, at least 3 needed); the period is flagged when |z| ≥ `threshold`
// (default 2) and the baseline has non-zero spread, or when the baseline is flat and the period differs.
import type { EventRecord } from '../core/event.js';

export type Period = 'day' | 'week' | 'month';

export interface SeriesPoint {
  period: string;
  count: number;
  quad: [number, number, number, number];
  roots: Record<string, number>;
  goldsteinSum: number;
  goldsteinMean: number;
  index: number;
  z: number | null;
  alert: boolean;
}

export interface SeriesOptions {
  period?: Period;
  baseline?: number;
  threshold?: number;
}

/** The period key of an ISO date: 2026-01-02, 2026-W01 (ISO week) or 2026-01. */
export function periodKey(date: string, period: Period): string {
  if (period === 'month') return date.slice(0, 7);
  if (period === 'day') return date.slice(0, 10);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Buckets dated events by period (undated events are left out) and flags unusual periods. */
export function dyadSeries(events: readonly EventRecord[], opts: SeriesOptions = {}): SeriesPoint[] {
  const period = opts.period ?? 'week';
  const baseline = opts.baseline ?? 8;
  const threshold = opts.threshold ?? 2;
  const buckets = new Map<string, EventRecord[]>();
  for (const e of events) {
    if (!e.date || !/^\d{4}-\d{2}/.test(e.date)) continue;
    const key = periodKey(e.date, period);
    const list = buckets.get(key) ?? [];
    list.push(e);
    buckets.set(key, list);
  }
  const points: SeriesPoint[] = [...buckets.keys()].sort().map((key) => {
    const list = buckets.get(key) ?? [];
    const quad: [number, number, number, number] = [0, 0, 0, 0];
    const roots: Record<string, number> = {};
    let sum = 0;
    for (const e of list) {
      quad[e.quad_class - 1] = (quad[e.quad_class - 1] ?? 0) + 1;
      roots[e.root] = (roots[e.root] ?? 0) + 1;
      sum += e.goldstein;
    }
    const index = (quad[0] + quad[1] - quad[2] - quad[3]) / list.length;
    return {
      period: key,
      count: list.length,
      quad,
      roots,
      goldsteinSum: round(sum),
      goldsteinMean: round(sum / list.length),
      index: round(index),
      z: null,
      alert: false,
    };
  });
  points.forEach((p, i) => {
    const prev = points.slice(Math.max(0, i - baseline), i).map((q) => q.goldsteinSum);
    if (prev.length < 3) return;
    const mean = prev.reduce((a, b) => a + b, 0) / prev.length;
    const sd = Math.sqrt(prev.reduce((a, b) => a + (b - mean) ** 2, 0) / prev.length);
    if (sd === 0) {
      p.alert = p.goldsteinSum !== mean;
      return;
    }
    p.z = round((p.goldsteinSum - mean) / sd);
    p.alert = Math.abs(p.z) >= threshold;
  });
  return points;
}

const round = (n: number): number => Math.round(n * 100) / 100;
