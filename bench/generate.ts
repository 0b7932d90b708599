// A generator of realistic wire-style articles (1-10 KB, many actors and verbs), seeded so every run
// codes the same text. Vocabulary in bench/vocabulary.yaml.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { rng } from '../src/core/random.js';

const Vocabulary = z.object({
  actors: z.array(z.string()).min(2),
  verbs: z.array(z.string().includes('{t}')).min(1),
  places: z.array(z.string()),
  times: z.array(z.string()),
  attributions: z.array(z.string()),
  fillers: z.array(z.string()),
});

const vocab = Vocabulary.parse(
  parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'vocabulary.yaml'), 'utf8')),
);

export interface GeneratedArticle {
  id: string;
  text: string;
  published: string;
  title: string;
  source: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` articles from `seed`; sizes spread between `minBytes` and `maxBytes` (1-10 KB by default). */
export function* generateArticles(
  count: number,
  seed = 1,
  { minBytes = 1000, maxBytes = 10_000 } = {},
): Generator<GeneratedArticle> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const target = minBytes + Math.floor(r() * (maxBytes - minBytes));
    const paras: string[] = [];
    let size = 0;
    let title = '';
    while (size < target) {
      const a = pick(vocab.actors);
      let b = pick(vocab.actors);
      while (b === a) b = pick(vocab.actors);
      const verb = pick(vocab.verbs).replace('{t}', b);
      const where = pick(vocab.places);
      const when = pick(vocab.times);
      const sentence = `${cap(a)} ${verb}${where ? ` ${where}` : ''}${when ? ` ${when}` : ''}, ${pick(vocab.attributions)}.`;
      if (!title) title = sentence.slice(0, 60);
      const para = r() < 0.3 ? `${sentence} ${pick(vocab.fillers)}` : sentence;
      paras.push(para);
      size += para.length + 1;
    }
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    yield {
      id: `gen-${seed}-${i}`,
      text: paras.join('\n'),
      published: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      title,
      source: pick(['wire', 'agency', 'daily']),
    };
  }
}

/** The generated articles as JSONL text. */
export const toJsonl = (articles: Iterable<GeneratedArticle>): string =>
  `${[...articles].map((a) => JSON.stringify(a)).join('\n')}\n`;
