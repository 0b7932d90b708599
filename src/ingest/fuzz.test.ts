// Seeded fuzz: thousands of generated bad inputs through the readers, and garbled articles through
// codeArticle. Nothing may throw or hang, and every input must come out as an article or an issue.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rng } from '../core/random.js';
import { codeArticle } from '../pipeline/index.js';
import { readInputs } from './index.js';

const SEED = 20261125;
const rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (n: number): number => Math.floor(rand() * n);
const PIECES = [
  'The',
  'army',
  'attacked',
  'rebels',
  'in',
  'Kabul',
  'on',
  'Monday',
  '"',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '\\',
  '<p>',
  '</p>',
  '<item>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#0;',
  '\u0000',
  '\uFFFD',
  '\uD800',
  'é',
  '中文',
  '\t',
  '\r',
  'published',
  'text',
  '2024-02-30',
  '9999-99-99',
  'null',
  'true',
  '1e999',
  '---',
  'said',
  '.',
  '—',
];
const junk = (n: number): string => Array.from({ length: n }, () => pick(PIECES)).join(pick([' ', '', '\n']));
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));
const EN =
  'Police arrested the leader of the opposition in the capital on Monday, and the government said that he was accused of treason.';

function badLine(): string {
  switch (int(8)) {
    case 0:
      return junk(1 + int(30)).replace(/\n/g, ' ');
    case 1:
      return JSON.stringify({
        id: junk(2),
        text: junk(int(40)),
        published: pick(['2024-01-01', '2024-13-01', junk(2), 12, null]),
      }).replace(/\n/g, ' ');
    case 2:
      return JSON.stringify({ text: EN, published: '2024-01-01' }).slice(0, int(60) + 1);
    case 3:
      return JSON.stringify(pick([[], 1, 'x', null, true]));
    case 4:
      return (
        bytes(1 + int(80))
          .toString('latin1')
          .replace(/[\n\r]/g, ' ') || 'x'
      );
    case 5:
      return JSON.stringify({ id: `ok${int(1e9)}`, text: EN, published: '2024-01-01' });
    case 6:
      return JSON.stringify({ id: 'dup', text: EN, published: '2024-01-01' });
    default:
      return JSON.stringify({
        id: int(100),
        text: junk(50).replace(/\n/g, ' '),
        published: '2024-02-02',
        url: junk(2),
      });
  }
}

function badFile(i: number): { name: string; content: Buffer | string } {
  switch (int(7)) {
    case 0:
      return { name: `f${i}.txt`, content: pick([junk(int(200)), bytes(int(300)), ''] as const) };
    case 1:
      return { name: `2024-01-0${1 + int(9)}-${i}.txt`, content: junk(int(200)) };
    case 2:
      return {
        name: `f${i}.html`,
        content: `<html>${junk(int(100))}<meta property="article:published_time" content="${pick(['2024-01-01', 'x', ''])}">`,
      };
    case 3:
      return {
        name: `f${i}.rss`,
        content: `<rss><channel>${`<item><title>${junk(3)}</title><pubDate>${junk(3)}</pubDate><description>${junk(20)}</description></item>`.repeat(int(3))}${pick(['</channel></rss>', ''])}`,
      };
    case 4:
      return { name: `f${i}.atom`, content: `<feed>${junk(int(40))}</feed>` };
    case 5:
      return { name: `f${i}.txt.gz`, content: gzipSync(junk(100)).subarray(0, int(60)) };
    default:
      return { name: `f${i}.jsonl.gz`, content: gzipSync(Array.from({ length: 5 }, badLine).join('\n')) };
  }
}

describe(`fuzz (seed ${SEED})`, () => {
  it('3,000 generated JSONL lines: one item per line, nothing thrown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
    const lines = Array.from({ length: 3000 }, badLine);
    const path = join(dir, 'fuzz.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    let items = 0;
    for await (const item of readInputs([path])) {
      items++;
      if ('issue' in item) expect(item.issue.where).toBe(path);
    }
    expect(items).toBe(lines.filter((l) => l.trim() !== '').length);
  }, 60_000);

  it('400 generated bad files: each accounted for by an article or an issue naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-files-'));
    const names = Array.from({ length: 400 }, (_, i) => {
      const f = badFile(i);
      writeFileSync(join(dir, f.name), f.content);
      return f.name;
    });
    const seen = new Set<string>();
    for await (const item of readInputs([dir], { glob: ['*'] })) {
      const where = 'issue' in item ? item.issue.where : item.where;
      const name = where?.slice(dir.length + 1).replace(/#\d+$/, '');
      if (name) seen.add(name);
    }
    const unaccounted = names.filter((n) => !seen.has(n));
    expect(unaccounted).toEqual([]);
  }, 60_000);

  it('200 garbled articles through codeArticle: no throw, events or issues only', () => {
    for (let i = 0; i < 200; i++) {
      const text = i % 3 === 0 ? `${EN} ${junk(int(80))}` : junk(int(150));
      const out = codeArticle({
        id: `fz${i}`,
        text,
        published: pick(['2024-01-01', '1900-01-01', '2199-12-31']),
      });
      expect(Array.isArray(out.events)).toBe(true);
      expect(Array.isArray(out.issues)).toBe(true);
    }
  }, 120_000);
});
