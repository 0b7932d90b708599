import type { TimexType } from '../core/doc.js';

/** One TIMEX3 annotation of a TimeML document, with offsets into the document's plain text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TimeMLDoc {
  id: string;
  /** Document creation time (the DCT's value, YYYY-MM-DD). */
  dct: string;
  /** The TEXT element with its tags removed. */
  text: string;
  timexes: GoldTimex[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
const decodeEntities = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m] ?? m);

/**
 * Reads a TimeML (.tml) document: the DCT, and the TEXT element as plain text with every TIMEX3 inside
 * it as a span. Other tags (EVENT, SIGNAL, ...) are dropped; their text is kept.
 */
export function readTimeML(id: string, xml: string): TimeMLDoc | string {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attr(dctTag, 'value')?.slice(0, 10) : undefined;
  if (!dct || !/^\d{4}-\d{2}-\d{2}$/.test(dct)) return 'no creation time (DCT) with a day value';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) return 'no TEXT element';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (!part.startsWith('<')) {
      text += decodeEntities(part);
      continue;
    }
    if (part.startsWith('<TIMEX3')) open = { start: text.length, tag: part };
    else if (part.startsWith('</TIMEX3') && open) {
      timexes.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start),
        type: (attr(open.tag, 'type') ?? 'DATE') as TimexType,
        value: attr(open.tag, 'value') ?? '',
      });
      open = null;
    }
  }
  return { id, dct, text, timexes };
}
