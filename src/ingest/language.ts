// Is this English? The share of English function words (data/ingest/english.yaml) among the first words.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { dataPath } from '../core/paths.js';

const Schema = z.object({
  min_ratio: z.number().min(0).max(1),
  sample_words: z.number().int().positive(),
  min_words: z.number().int().nonnegative(),
  words: z.array(z.string().min(1)),
});

interface Lexicon {
  minRatio: number;
  sample: number;
  minWords: number;
  words: Set<string>;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const file = dataPath('ingest', 'english.yaml');
  const data = Schema.parse(parse(readFileSync(file, 'utf8')));
  lexicon = {
    minRatio: data.min_ratio,
    sample: data.sample_words,
    minWords: data.min_words,
    words: new Set(data.words.map((w) => w.toLowerCase())),
  };
  return lexicon;
}

export interface LanguageGuess {
  english: boolean;
  /** Share of function words among the words sampled. */
  ratio: number;
  words: number;
}

/** Guesses whether `text` is English; texts too short to tell count as English. */
export function guessEnglish(text: string): LanguageGuess {
  const lex = load();
  const words =
    text
      .slice(0, lex.sample * 12)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, lex.sample);
  if (sample.length < lex.minWords) return { english: true, ratio: 1, words: sample.length };
  let hits = 0;
  for (const w of sample) if (lex.words.has(w)) hits++;
  const ratio = hits / sample.length;
  return { english: ratio >= lex.minRatio, ratio, words: sample.length };
}
