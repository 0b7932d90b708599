import { z } from 'zod';

/** One entry of `data/patterns/*.yaml` (format: docs/patterns.md). */
export const PatternEntry = z.object({
  id: z.string().min(1),
  /** A CAMEO code, or `---`: where this pattern is the best match, nothing is coded (PETRARCH's null code). */
  code: z.string().regex(/^(\d{2,4}|---)$/, 'a CAMEO code of 2–4 digits as a string, or ---'),
  pattern: z.string().min(3),
  symmetric: z.boolean().optional(),
  /** Also code the target acting on the source with this code ("left for X for talks with Y": 032 and 033). */
  reverse_code: z
    .string()
    .regex(/^\d{2,4}$/, 'a CAMEO code of 2–4 digits, as a string')
    .optional(),
  /**
   * The pattern holds only where its clause speaks of the future: "Moscow would respond" is a threat,
   * "Moscow responded" is not.
   */
  only_when: z.enum(['planned']).optional(),
  note: z.string().optional(),
});
export type PatternEntry = z.infer<typeof PatternEntry>;

export const SynsetMembers = z.array(z.string().min(1)).min(1);

/** A compiled element of a pattern. */
export type Element =
  /**
   * `inside` (`[S+]`): when the subject is a noun phrase that is no actor, an actor inside it is the
   * source ("Caras Galadhon's new mayor left", "the Ithilen militia vowed"), as PETRARCH takes it.
   */
  | { kind: 'source'; inside?: boolean }
  /**
   * `inside` (`[T+]`): an actor named inside a noun phrase may fill it too ("promised aid to the affected
   * Ithilen villages", "an anti-Gondor parade"), as PETRARCH takes any actor of the phrase.
   */
  | { kind: 'target'; inside?: boolean }
  | { kind: 'gap' }
  /** A deed named by a noun ("the attack", "the ruling"): the target is whoever did it, the source of the last event before. */
  | { kind: 'deed' }
  | { kind: 'poss' }
  /** A noun phrase that fills no slot (PETRARCH's `^`): "celebrated Iftar in ^Osgiliath with [T]". */
  | { kind: 'phrase' }
  /**
   * `tight`: the words must follow the previous element at once, with nothing between (`_word`).
   * `exact`: only the words as written match, not other forms of them (`=word`: "resolution" is not
   * "resolutions").
   */
  | { kind: 'words'; alts: string[][]; optional: boolean; label: string; tight?: boolean; exact?: boolean };

/** The code of a pattern that stops coding: where it is the best match, no event is made. */
export const NO_EVENT = '---';

export interface Pattern {
  id: string;
  /** A CAMEO code, or NO_EVENT. */
  code: string;
  symmetric: boolean;
  /** Also code the target acting on the source (or, with a symmetric pattern, each pair both ways). */
  reverseCode?: string;
  /** Set when the pattern holds only for clauses about the future. */
  onlyWhen?: 'planned';
  elements: Element[];
  /** Index in `elements` of the anchor (the first word element): the predicate the pattern hangs on. */
  anchor: number;
  /** Where it was defined, for messages and `dyad explain`. */
  where: string;
  /** Load order, the tie-breaker. */
  order: number;
}
