import type { DatePrecision } from './event.js';

/**
 * TIMEX3 date values as Dyad uses them: `2026-01-02` (day), `2026-W14` (week), `2025-10` (month),
 * `2026-SP|SU|FA|WI` (season), `2026-Q1` (quarter), `2026` (year), `202` (decade).
 * A value denotes a closed range of days; two values are consistent when the first lies within the second.
 */
export interface DayRange {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
  readonly precision: DatePrecision;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Seasons as meteorological quarters of the northern hemisphere; winter spans the year end. */
const SEASONS: Record<string, [number, number, number]> = {
  SP: [3, 5, 0],
  SU: [6, 8, 0],
  FA: [9, 11, 0],
  WI: [12, 2, 1],
};

/** ISO week `W` of year `y`: Monday of week 1 is the Monday on or before 4 January. */
const isoWeekStart = (y: number, w: number): Date => {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
  return monday;
};
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Ranges already computed: the coder asks for the same few values many times per article. */
const ranges = new Map<string, DayRange | null>();

/** The range of days a value denotes, or null for values that are not calendar dates. */
export function timexRange(value: string): DayRange | null {
  let range = ranges.get(value);
  if (range === undefined) {
    if (ranges.size > 50_000) ranges.clear();
    range = computeRange(value);
    ranges.set(value, range);
  }
  return range;
}

function computeRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const s = isoWeekStart(Number(m[1]), Number(m[2]));
    const e = new Date(s);
    e.setUTCDate(s.getUTCDate() + 6);
    return { start: iso(s), end: iso(e), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: ymd(y, mo, 1), end: ymd(y, mo, lastDay(y, mo)), precision: 'month' };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const [from, to, carry] = SEASONS[m[2]!]!;
    return { start: ymd(y, from, 1), end: ymd(y + carry, to, lastDay(y + carry, to)), precision: 'season' };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { start: ymd(y, q * 3 - 2, 1), end: ymd(y, q * 3, lastDay(y, q * 3)), precision: 'quarter' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, precision: 'decade' };
  return null;
}

export const timexPrecision = (value: string | null): DatePrecision | null =>
  value === null ? null : (timexRange(value)?.precision ?? null);

/**
 * True when `predicted` lies within `gold`: `2025-10-28` is consistent with `2025-10`,
 * `2025-10` is not consistent with `2025-10-28`. Null gold accepts any prediction only if it is null too.
 */
export function timexConsistent(predicted: string | null, gold: string | null): boolean {
  if (gold === null) return predicted === null;
  if (predicted === null) return false;
  if (predicted === gold) return true;
  const p = timexRange(predicted);
  const g = timexRange(gold);
  if (!p || !g) return false;
  return p.start >= g.start && p.end <= g.end;
}
