import type { Span } from '../core/span.js';

export type Tense = 'past' | 'present' | 'future';

export interface TimeOptions {
  /** Tense of the clause around a span, supplied by the language layer; the module guesses without it. */
  tense?: (span: Span) => Tense | null;
}
