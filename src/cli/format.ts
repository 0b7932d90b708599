import type { EventRecord } from '../core/event.js';
import { gdeltLine, toGdeltRow, toPlover } from '../events/index.js';

export const FORMATS = ['json', 'jsonl', 'table', 'gdelt', 'plover'] as const;
export type Format = (typeof FORMATS)[number];

/** Events of one article as a readable table: one line per event, then its evidence. */
export function eventTable(events: readonly EventRecord[]): string {
  if (events.length === 0) return '  (no events)\n';
  const rows = events.map((e) => [
    e.code.padEnd(4),
    `${e.source.code} → ${e.target?.code ?? '—'}`,
    e.status,
    e.date ?? '—',
    e.location?.place ?? '',
    e.confidence.toFixed(2),
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return events
    .map((e, i) => {
      const line = rows[i]!.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
      return `  ${line}\n      “${e.evidence.text}” [${e.evidence.start}–${e.evidence.end}] ${e.rules.join(' ')}\n`;
    })
    .join('');
}

/** One article's events in the chosen format. */
export function formatEvents(
  id: string,
  events: readonly EventRecord[],
  format: Format,
  published = '',
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(events, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify({ id, events })}\n`;
    case 'gdelt':
      return events.map((e) => gdeltLine(toGdeltRow(e, published))).join('');
    case 'plover':
      return events.map((e) => `${JSON.stringify(toPlover(e))}\n`).join('');
    case 'table':
      return `${id}\n${eventTable(events)}`;
  }
}
