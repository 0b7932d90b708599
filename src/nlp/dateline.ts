import type { Span } from '../core/span.js';

/**
 * Datelines that open wire copy: "TOKYO (Reuters) -", "WASHINGTON, Jan 2 (AP) —", "KYIV, Ukraine —".
 * A place in capitals, optionally a date and an agency in parentheses, then a dash. The span is kept out
 * of mention finding (the place is where the story was filed, not an actor).
 */
const DATELINE =
  /^[ \t]*([A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+)*)(?:,[ ][A-Z][A-Za-z. ]{1,30}?)?(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?(?:[ ]\([A-Za-z .&-]{2,30}\))?[ ]*[-—–]+[ ]*/gm;

export function findDatelines(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}
