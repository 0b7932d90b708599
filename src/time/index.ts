import type { TimeExpr } from '../core/doc.js';
import { chronoDates } from './dates.js';
import { timeLexicon } from './lexicon.js';
import {
  centuries,
  durations,
  everySets,
  namedMonths,
  periodParts,
  refsAndSets,
  relativePeriods,
  seasons,
  vagueDurations,
  years,
} from './rules.js';
import type { TimeOptions } from './types.js';

export { timeLexicon } from './lexicon.js';
export type { Tense, TimeOptions } from './types.js';

/**
 * Temporal expressions of a text, normalised against the publication date `dct` (YYYY-MM-DD) to
 * TIMEX3 type, value and mod. Each finder proposes expressions; where they overlap, the longest wins
 * (on a tie, the earlier finder in this list); then "early/mid/late" before a date becomes its mod.
 */
export function tagTimes(text: string, dct: string, options: TimeOptions = {}): TimeExpr[] {
  const lex = timeLexicon();
  // Order matters on ties: our rules know periods and seasons better than chrono does.
  const proposals = [
    ...relativePeriods(text, dct),
    ...periodParts(text, dct, lex, options),
    ...namedMonths(text, dct, lex),
    ...seasons(text, dct, lex, options),
    ...durations(text, lex),
    ...everySets(text, lex),
    ...centuries(text),
    ...refsAndSets(text, lex),
    ...chronoDates(text, dct, options),
    ...years(text),
    ...vagueDurations(text, lex),
  ];
  const chosen: TimeExpr[] = [];
  const byLength = proposals
    .map((p, order) => ({ p, order }))
    .sort((a, b) => b.p.end - b.p.start - (a.p.end - a.p.start) || a.order - b.order);
  for (const { p } of byLength) {
    if (chosen.some((c) => c.start < p.end && p.start < c.end)) continue;
    chosen.push(p);
  }
  return chosen.sort((a, b) => a.start - b.start).map((t) => withModifier(text, t, lex.modifiers));
}

/** "late March" → mod END, extent includes "late"; "late on Friday" → mod END on Friday's date. */
function withModifier(
  text: string,
  t: TimeExpr,
  modifiers: ReadonlyMap<string, TimeExpr['mod'] & string>,
): TimeExpr {
  if (t.type !== 'DATE' || t.mod) return t;
  const m = /\b(early|mid|middle|late|end|beginning|start)(?:[- ]|\s+(?:on|in|of)\s+|\s+of\s+the\s+)?$/i.exec(
    text.slice(Math.max(0, t.start - 24), t.start).replace(/\s+$/, ' '),
  );
  if (!m) return t;
  const mod = modifiers.get(m[1]!.toLowerCase());
  if (!mod) return t;
  const start = t.start - (text.slice(Math.max(0, t.start - 24), t.start).length - m.index);
  const adjacent = /^(early|mid|late)[- ]?\s?$/i.test(text.slice(start, t.start));
  return adjacent ? { ...t, start, text: text.slice(start, t.end), mod } : { ...t, mod };
}
