// Dyad series: events of one dyad bucketed by period, with counts per QuadClass and root code,
// Goldstein sum and mean, a cooperation–conflict index and an alert against the dyad's own baseline.
//
// Index: (cooperative − conflictual) / all events in the period, in [−1, 1]; QuadClass 1–2 count as
// cooperative, 3–4 as conflictual. Alert rule: the period's Goldstein sum is compared with the previous
// `baseline` periods (default 8, at least 3 needed); the period is flagged when |z| ≥ `threshold`
// (default 2) and the baseline has non-zero spread, or when the baseline is flat and the period differs.
import type { EventRecord } from '../core/event.js';
import type { SeriesRow } from '../store/types.js';

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

/** The series rows of a list of events: one row per dated event (what a store sums per period). */
export function seriesRowsOf(events: readonly EventRecord[]): SeriesRow[] {
  return events.flatMap((e) =>
    e.date
      ? [
          {
            period: e.date.slice(0, 10),
            quadClass: e.quad_class,
            root: e.root,
            count: 1,
            goldstein: e.goldstein,
          },
        ]
      : [],
  );
}

/** Buckets dated events by period (undated events are left out) and flags unusual periods. */
export function dyadSeries(events: readonly EventRecord[], opts: SeriesOptions = {}): SeriesPoint[] {
  return seriesFromRows(seriesRowsOf(events), opts);
}

/**
 * The series from rows a store summed by day or month (`EventStore.seriesRows`; by month only for a
 * monthly series): rows whose period is no date (`2026-SP`) are left out, the rest bucketed by period.
 */
export function seriesFromRows(rows: readonly SeriesRow[], opts: SeriesOptions = {}): SeriesPoint[] {
  const period = opts.period ?? 'week';
  const baseline = opts.baseline ?? 8;
  const threshold = opts.threshold ?? 2;
  const buckets = new Map<string, SeriesRow[]>();
  for (const r of rows) {
    if (!/^\d{4}-\d{2}/.test(r.period)) continue;
    const key = periodKey(r.period, period);
    const list = buckets.get(key) ?? [];
    list.push(r);
    buckets.set(key, list);
  }
  const points: SeriesPoint[] = [...buckets.keys()].sort().map((key) => {
    const list = buckets.get(key) ?? [];
    const quad: [number, number, number, number] = [0, 0, 0, 0];
    const roots: Record<string, number> = {};
    let sum = 0;
    let count = 0;
    for (const r of list) {
      quad[r.quadClass - 1] = (quad[r.quadClass - 1] ?? 0) + r.count;
      roots[r.root] = (roots[r.root] ?? 0) + r.count;
      sum += r.goldstein;
      count += r.count;
    }
    // Goldstein values have one decimal: the sum is snapped to drop the float noise of adding them in
    // another order (a store sums in its own order).
    sum = Math.round(sum * 1e6) / 1e6;
    const index = (quad[0] + quad[1] - quad[2] - quad[3]) / count;
    return {
      period: key,
      count,
      quad,
      roots,
      goldsteinSum: round(sum),
      goldsteinMean: round(sum / count),
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
