// Flat exports of stored events: CSV (one row per event, RFC 4180 quoting) and PLOVER JSONL.
// Codes stay strings so leading zeros survive ("042", "010").
import type { EventRecord } from '../core/event.js';
import { GDELT_COLUMNS, gdeltLine, toGdeltRow } from '../events/index.js';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'article_id',
  'sentence',
  'date',
  'date_precision',
  'status',
  'hedged',
  'source_code',
  'source_name',
  'target_code',
  'target_name',
  'code',
  'root',
  'quad_class',
  'goldstein',
  'plover_event',
  'plover_mode',
  'place',
  'country',
  'lat',
  'lon',
  'confidence',
  'evidence',
] as const;

const cell = (v: string | number | boolean | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const csvRow = (e: EventRecord): string =>
  [
    e.id,
    e.article_id,
    e.sentence,
    e.date,
    e.date_precision,
    e.status,
    e.hedged,
    e.source.code,
    e.source.name,
    e.target?.code,
    e.target?.name,
    e.code,
    e.root,
    e.quad_class,
    e.goldstein,
    e.plover.event,
    e.plover.mode,
    e.location?.place,
    e.location?.country,
    e.location?.lat,
    e.location?.lon,
    e.confidence,
    e.evidence.text,
  ]
    .map(cell)
    .join(',');

/** CSV text: a header line (unless `header` is false) and one line per event. */
export function toCsv(events: readonly EventRecord[], header = true): string {
  const lines = events.map(csvRow);
  if (header) lines.unshift(CSV_COLUMNS.join(','));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** One PLOVER-style record: event type and mode, actors, date, place and the reporting sentence. */
export function toPlover(e: EventRecord): Record<string, unknown> {
  return {
    id: e.id,
    article_id: e.article_id,
    event_date: e.date,
    event_type: e.plover.event,
    event_mode: e.plover.mode,
    event_status: e.status,
    actor: e.source.code,
    actor_name: e.source.name,
    recipient: e.target?.code ?? null,
    recipient_name: e.target?.name ?? null,
    cameo_code: e.code,
    place: e.location?.place ?? null,
    country: e.location?.country ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    text: e.evidence.text,
  };
}

/** PLOVER JSONL: one JSON object per line. */
export const toPloverJsonl = (events: readonly EventRecord[]): string =>
  events.map((e) => `${JSON.stringify(toPlover(e))}\n`).join('');

/** Publication date and url of an event's article, as the GDELT row needs them. */
export type ArticleOf = (articleId: string) => { published: string; url?: string } | null;

/**
 * GDELT 2.0 Events text: 61 tab-separated columns per event (`src/events/gdelt.ts`), preceded by a
 * header line of GDELT's column names unless `header` is false (GDELT's own files have none).
 */
export function toGdelt(events: readonly EventRecord[], articleOf: ArticleOf, header = true): string {
  const lines = events.map((e) => {
    const a = articleOf(e.article_id);
    return gdeltLine(toGdeltRow(e, a?.published ?? e.date?.slice(0, 10) ?? '1970-01-01', a?.url));
  });
  if (header) lines.unshift(gdeltLine(GDELT_COLUMNS));
  return lines.join('');
}
