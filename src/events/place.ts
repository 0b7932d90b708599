import type { Doc } from '../core/doc.js';
import type { Location } from '../geo/index.js';
import { locate } from '../geo/index.js';
import type { Kb } from '../kb/types.js';
import type { Syntax } from '../nlp/syntax.js';
import type { Match } from './match.js';

/**
 * Where an event happened: a place phrase ("in Tokyo", "around Taiwan", "near Scarborough Shoal") in
 * the event's clause after the predicate, else a place the target names when the event is a visit.
 */
export function placeOf(doc: Doc, syntax: Syntax, kb: Kb, m: Match, to: number): Location | null {
  const { tokens } = syntax;
  const end = syntax.sentenceEnd(m.head);
  for (let j = m.head + 1; j < end; j++) {
    const t = tokens[j]!;
    // The clause ends at a break, another verb, or a subordinate clause ("avoided confirming whether
    // China's exercises around Taiwan were raised": Taiwan is not where the avoiding happened).
    if (
      j >= to &&
      (t.text === ';' ||
        t.text === ',' ||
        t.pos === 'SCONJ' ||
        t.lower === 'whether' ||
        (t.pos === 'VERB' && j > to))
    )
      break;
    for (const mention of syntax.mentionsStartingAt(j)) {
      if (mention.use === 'location') return locate(kb, mention.text, mention.actor, doc.article.published);
    }
  }
  // A visit or meeting in the target's own capital or country: "a visit to Beijing", "trip to Washington".
  const t = m.target;
  if (t && m.pattern.code.startsWith('04') && (t.kind === 'metonym' || t.entity === 'country')) {
    return locate(kb, t.text, t.actor, doc.article.published);
  }
  return null;
}
