// How the store folds mentions of one real event into one stored event (docs/store.md, "Deduplication").
// Mentions fall into a *group* (same CAMEO root, same status, same two sides: an actor's side is its
// country, else its whole code, so JPNGOV and JPN are one side; in either order for the symmetric roots
// of data/store/folding.yaml). Inside a group the mentions are split into events by date (`foldGroup`),
// a pure function of the group's mentions: the same mentions give the same events whatever order they
// were stored in.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { EventActor, EventRecord } from '../core/event.js';
import { dataPath } from '../core/paths.js';
import { timexRange } from '../core/timex.js';

const Folding = z.object({ symmetric_roots: z.array(z.string().regex(/^\d{2}$/)) });

let symmetric: ReadonlySet<string> | undefined;

/** The CAMEO roots whose events have no direction (data/store/folding.yaml). */
export function symmetricRoots(): ReadonlySet<string> {
  symmetric ??= new Set(
    Folding.parse(parse(readFileSync(dataPath('store', 'folding.yaml'), 'utf8'))).symmetric_roots,
  );
  return symmetric;
}

/** An actor's side: its country, else its whole code (`JPNGOV` → `JPN`, `IGOUNO` → `IGOUNO`). */
export const sideOf = (a: EventActor | null): string => (a ? (a.country ?? a.code) : '');

/**
 * The group a mention belongs to, `root|status|sideA|sideB|` (the two sides sorted for a symmetric
 * root). Every event id of the group starts with it; the event's date anchor follows.
 */
export function groupKey(e: EventRecord): string {
  let [a, b] = [sideOf(e.source), sideOf(e.target)];
  if (symmetricRoots().has(e.root) && b && b < a) [a, b] = [b, a];
  return `${e.root}|${e.status}|${a}|${b}|`;
}

/** Whether an event id is of this rule (older stores keyed events `date|source|target|code|status`). */
export const isGroupedId = (id: string): boolean => /^\d{2}\|(occurred|planned|denied)\|/.test(id);

/** The group of a grouped event id: everything up to its last `|`. */
export const groupOfId = (id: string): string => id.slice(0, id.lastIndexOf('|') + 1);

/** One stored mention of a group, as the folding reads it. */
export interface FoldRow {
  article_id: string;
  id: string;
  date: string | null;
  /** The article's publication date. */
  published: string;
  code: string;
  source_code: string;
  target_code: string | null;
  quad_class: number;
}

interface DateSpan {
  value: string;
  start: string;
  end: string;
  /** Days in the range minus one; -1 for a value that is not a calendar date. */
  span: number;
}

const DAY = 86_400_000;
const dayNumber = (ymd: string): number => Math.round(Date.parse(`${ymd}T00:00:00Z`) / DAY);

const spanOf = (value: string): DateSpan => {
  const r = timexRange(value);
  return r
    ? { value, start: r.start, end: r.end, span: dayNumber(r.end) - dayNumber(r.start) }
    : { value, start: value, end: value, span: -1 };
};

/** Equal, or one range of days contains the other; a value that is not a date only equals itself. */
const compatible = (a: DateSpan, b: DateSpan): boolean =>
  a.span < 0 || b.span < 0
    ? a.value === b.value
    : (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The anchor of each distinct dated value: dates are taken most specific first (fewest days, then
 * earliest, then by value); a date joins the one event whose every date is compatible with it, and
 * starts an event of its own when there is none or more than one (2026-01 beside 2026-01-02 and
 * 2026-01-05 belongs to neither). An event is named by its first, most specific, date.
 */
function dateAnchors(values: readonly string[]): Map<string, string> {
  const spans = [...new Set(values)]
    .map(spanOf)
    .sort((a, b) => a.span - b.span || cmp(a.start, b.start) || cmp(a.value, b.value));
  const events: DateSpan[][] = [];
  const anchor = new Map<string, string>();
  for (const s of spans) {
    const fits = events.filter((members) => members.every((m) => compatible(m, s)));
    if (fits.length === 1) {
      fits[0]!.push(s);
      anchor.set(s.value, fits[0]![0]!.value);
    } else {
      events.push([s]);
      anchor.set(s.value, s.value);
    }
  }
  return anchor;
}

/**
 * The anchor of each publication day of undated mentions: days taken earliest first; an event holds
 * the days within one day after its first, so undated mentions fold when published within a day of
 * each other (greedily from the earliest, so no chain of days grows one event without end).
 */
function dayAnchors(days: readonly string[]): Map<string, string> {
  const anchor = new Map<string, string>();
  let first: string | null = null;
  for (const day of [...new Set(days)].sort(cmp)) {
    if (first === null || dayNumber(day) - dayNumber(first) > 1) first = day;
    anchor.set(day, first);
  }
  return anchor;
}

/** A folded event of a group: its id, the mentions in it, and the mention it takes its fields from. */
export interface FoldedGroupEvent {
  id: string;
  /** The event's date: its most specific date, null for undated mentions. */
  date: string | null;
  rows: FoldRow[];
  example: FoldRow;
}

/** Higher is more specific: the event's own date, the longer code, the longer actor codes. */
const specificity = (r: FoldRow, date: string | null): number[] => [
  r.date === date ? 1 : 0,
  r.code.length,
  r.source_code.length + (r.target_code?.length ?? 0),
];

/**
 * Splits the mentions of group `group` into events. Dated mentions fold when their dates are
 * compatible (see `dateAnchors`); undated ones only with undated ones published within a day. Each
 * event takes code and actors from its most specific mention (its date, the longest code, the longest
 * actor codes; ties by the smallest code, source, target, then article id and mention id), so the result
 * depends neither on the order the mentions were stored in nor, for equal mentions, on article ids.
 */
export function foldGroup(group: string, rows: readonly FoldRow[]): FoldedGroupEvent[] {
  const dated = dateAnchors(rows.flatMap((r) => (r.date === null ? [] : [r.date])));
  const undated = dayAnchors(rows.flatMap((r) => (r.date === null ? [r.published.slice(0, 10)] : [])));
  const events = new Map<string, FoldedGroupEvent>();
  for (const r of rows) {
    const date = r.date === null ? null : dated.get(r.date)!;
    const id = `${group}${date ?? `@${undated.get(r.published.slice(0, 10))!}`}`;
    const e = events.get(id) ?? { id, date, rows: [], example: r };
    events.set(id, e);
    e.rows.push(r);
  }
  for (const e of events.values()) {
    const better = (a: FoldRow, b: FoldRow): boolean => {
      const [x, y] = [specificity(a, e.date), specificity(b, e.date)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
      const ka = [a.code, a.source_code, a.target_code ?? '', a.article_id, a.id];
      const kb = [b.code, b.source_code, b.target_code ?? '', b.article_id, b.id];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
      return false;
    };
    e.example = e.rows.reduce((best, r) => (better(r, best) ? r : best));
  }
  return [...events.values()].sort((a, b) => cmp(a.id, b.id));
}
