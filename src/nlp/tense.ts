import type { Span } from '../core/span.js';
import { type ModalityLexicon, modalityOf } from './modality.js';
import type { Syntax } from './syntax.js';

export type Tense = 'past' | 'present' | 'future';

const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/**
 * The tense of the clause around a span, for the time module ("on Friday" in a past clause is the
 * Friday before publication, in a future one the Friday after): the nearest predicate in the
 * sentence, its verb group, and what governs it ("agreed to meet ... in April" is future).
 */
export function tenseAround(
  syntax: Syntax,
  span: Span,
  lex: ModalityLexicon,
  eventNouns: ReadonlySet<string>,
): Tense | null {
  const { tokens } = syntax;
  const at = tokens.findIndex((t) => t.start >= span.start);
  if (at < 0) return null;
  const first = syntax.sentenceStart(at);
  const end = syntax.sentenceEnd(at);
  let verb = -1;
  for (let j = at - 1; j >= first; j--)
    if (tokens[j]!.pos === 'VERB' || (tokens[j]!.pos === 'NOUN' && eventNouns.has(tokens[j]!.lemma))) {
      verb = j;
      break;
    }
  if (verb < 0)
    for (let j = at; j < end; j++)
      if (tokens[j]!.pos === 'VERB') {
        verb = j;
        break;
      }
  if (verb < 0) return null;
  const modality = modalityOf(syntax, verb, lex);
  // "called for a ceasefire in Gaza on Tuesday": the time dates the appeal, not what it asks for.
  if (modality.unasserted === 'appeal') {
    for (let j = verb - 1; j >= first; j--)
      if (tokens[j]!.pos === 'VERB' && lex.appealing.has(tokens[j]!.lemma)) {
        verb = j;
        break;
      }
  } else if (modality.status === 'planned') return 'future';
  const t = tokens[verb]!;
  const group = tokens.slice(syntax.verbGroupStart(verb), verb).map((x) => x.lower);
  if (group.some((w) => PAST_AUX.has(w))) return 'past';
  if (group.some((w) => PRESENT_AUX.has(w))) return t.lower.endsWith('ing') ? 'present' : 'past';
  if (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s'))
    return 'past';
  return 'present';
}
