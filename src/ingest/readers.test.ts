import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/paths.js';
import { readInputs } from './index.js';
import type { ReadItem, ReadOptions } from './types.js';

const fixtures = join(packageRoot, 'test', 'fixtures', 'ingest');
const dir = mkdtempSync(join(tmpdir(), 'dyad-readers-'));

async function all(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const EN =
  'The president of the republic said on Monday that the government would hold talks with the opposition and that the army had been ordered back to its barracks.';

describe('readers: one file each', () => {
  const cases: {
    name: string;
    content: string | Buffer;
    options?: ReadOptions;
    articles: number;
    issues: string[];
    published?: string;
    text?: RegExp;
  }[] = [
    { name: '2024-01-02-a.txt', content: EN, articles: 1, issues: [], published: '2024-01-02' },
    {
      name: 'b.txt',
      content: `---\ndate: 2023-05-06\ntitle: T\n---\n${EN}`,
      articles: 1,
      issues: [],
      published: '2023-05-06',
    },
    {
      name: 'c.txt',
      content: EN,
      options: { date: '2022-02-02' },
      articles: 1,
      issues: [],
      published: '2022-02-02',
    },
    { name: 'd.txt', content: EN, articles: 0, issues: ['BAD_DATE'] },
    { name: 'e.txt', content: `---\ndate: 2023-02-30\n---\n${EN}`, articles: 0, issues: ['BAD_DATE'] },
    { name: 'f.txt', content: '', articles: 0, issues: ['EMPTY_INPUT'] },
    {
      name: 'g.txt',
      content: '   \n\n ',
      options: { date: '2022-02-02' },
      articles: 0,
      issues: ['EMPTY_INPUT'],
    },
    { name: 'h.txt', content: Buffer.from([0, 1, 2, 3, 0, 255, 0]), articles: 0, issues: ['UNREADABLE'] },
    {
      name: '2024-01-03-latin.txt',
      content: Buffer.from(`${EN} Caf\xe9.`, 'latin1'),
      articles: 1,
      issues: [],
      text: /Café\.$/,
    },
    {
      name: 'i.jsonl',
      content: `{"id":"x","text":${JSON.stringify(EN)},"published":"2024-03-04T10:00:00Z"}\n`,
      articles: 1,
      issues: [],
      published: '2024-03-04',
    },
    {
      name: 'j.jsonl',
      content: `{"id":"x","text":${JSON.stringify(EN)},"published":"soon"}\n{"id":"y"}\nnot json\n"str"\n`,
      articles: 0,
      issues: ['BAD_DATE', 'BAD_FIELD', 'BAD_JSON', 'BAD_JSON'],
    },
    {
      name: 'k.jsonl',
      content: `{"uuid":"x","body":${JSON.stringify(EN)},"date":"2024-03-04"}\n`,
      options: { fields: { id: 'uuid', text: 'body', published: 'date' } },
      articles: 1,
      issues: [],
    },
    {
      name: 'l.jsonl',
      content: `{"id":"x","text":${JSON.stringify(EN)},"published":"2024-03-04"}\n{"id":"x","text":${JSON.stringify(EN)},"published":"2024-03-05"}\n`,
      articles: 1,
      issues: ['DUPLICATE'],
    },
    {
      name: 'm.jsonl',
      content: `{"id":"big","text":"${'a'.repeat(5000)}","published":"2024-03-04"}\n{"id":"ok","text":${JSON.stringify(EN)},"published":"2024-03-04"}\n`,
      options: { maxLineBytes: 1000 },
      articles: 1,
      issues: ['UNREADABLE'],
    },
    {
      name: 'n.jsonl.gz',
      content: gzipSync(`{"id":"g","text":${JSON.stringify(EN)},"published":"2024-03-04"}\n`),
      articles: 1,
      issues: [],
    },
    {
      name: 'o.jsonl.gz',
      content: gzipSync(
        `{"id":"g","text":${JSON.stringify(EN)},"published":"2024-03-04"}\n`.repeat(50),
      ).subarray(0, 40),
      articles: 0,
      issues: ['UNREADABLE'],
    },
    {
      name: 'p.jsonl',
      content: `{"id":"fr","text":"Le gouvernement a annoncé mardi de nouvelles mesures contre la violence dans les banlieues de la capitale et dans les grandes villes du pays, selon le ministre.","published":"2024-03-04"}\n`,
      articles: 0,
      issues: ['NOT_ENGLISH'],
    },
    {
      name: 'q.jsonl',
      content: `{"id":"fr","text":"Le gouvernement a annoncé mardi de nouvelles mesures contre la violence dans les banlieues de la capitale et dans les grandes villes du pays, selon le ministre.","published":"2024-03-04"}\n`,
      options: { anyLanguage: true },
      articles: 1,
      issues: [],
    },
    {
      name: 'r.html',
      content: `<html><head><meta property="article:published_time" content="2021-07-08"></head><body><article><p>${EN}</p></article></body></html>`,
      articles: 1,
      issues: [],
      published: '2021-07-08',
    },
    {
      name: 's.html',
      content: `<html><head><link rel="canonical" href="https://x.example/2020/10/11/story"></head><body><p>${EN}</p></body></html>`,
      articles: 1,
      issues: [],
      published: '2020-10-11',
    },
    { name: 't.html', content: `<html><body><p>${EN}</p></body></html>`, articles: 0, issues: ['BAD_DATE'] },
    {
      name: 'u.rss',
      content: `<rss><channel><title>W</title><item><title>A</title><pubDate>Tue, 16 Jan 2024 09:00:00 GMT</pubDate><description>${EN}</description></item><item><title>B</title></item></channel></rss>`,
      articles: 1,
      issues: ['BAD_DATE'],
    },
    {
      name: 'v.rss',
      content: '<rss><channel><item><title>x</title></channel>',
      articles: 0,
      issues: ['UNREADABLE'],
    },
    {
      name: 'w.atom',
      content: `<feed><entry><id>e1</id><updated>2024-02-02T00:00:00Z</updated><summary>${EN}</summary></entry></feed>`,
      articles: 1,
      issues: [],
      published: '2024-02-02',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.articles} article(s), issues [${c.issues.join(', ')}]`, async () => {
      const items = await all([file(c.name, c.content)], c.options);
      const articles = items.flatMap((i) => ('article' in i ? [i.article] : []));
      const issues = items.flatMap((i) => ('issue' in i ? [i.issue] : []));
      expect(articles).toHaveLength(c.articles);
      expect(issues.map((i) => i.code)).toEqual(c.issues);
      for (const i of issues) expect(i.where).toContain(c.name);
      if (c.published) expect(articles[0]?.published).toBe(c.published);
      if (c.text) expect(articles[0]?.text).toMatch(c.text);
    });
  }
  it('a missing path is one UNREADABLE issue naming it', async () => {
    const items = await all([join(dir, 'nope.txt')]);
    expect(items).toEqual([
      { issue: expect.objectContaining({ code: 'UNREADABLE', where: join(dir, 'nope.txt') }) },
    ]);
  });
});

describe('readers: the fixture folders', () => {
  it('good/ yields its 13 articles (text, front matter, cp1252, UTF-16, JSONL, gzip, HTML, RSS, Atom) and no issue', async () => {
    const items = await all([join(fixtures, 'good')]);
    const articles = items.flatMap((i) => ('article' in i ? [i.article] : []));
    expect(articles.map((a) => a.id).sort()).toEqual(
      [
        '2023-11-20_nairobi',
        '2024-03-05-talks',
        '2024-07-01-cp1252',
        '2024-07-02-utf16',
        '3',
        'gz1',
        'ld',
        'page',
        'urn:atom:1',
        'w1',
        'w2',
        'wire-101',
        'wire-102',
      ].sort(),
    );
    expect(items.filter((i) => 'issue' in i)).toEqual([]);
    expect(articles.find((a) => a.id === 'page')?.text).not.toMatch(/Home|Copyright/);
    expect(articles.find((a) => a.id === '2024-07-02-utf16')?.text).toMatch(/^Egypt hosted talks/);
  });
  it('bad/ yields one issue per bad input, each naming its file', async () => {
    const items = await all([join(fixtures, 'bad')]);
    const issues = items.flatMap((i) => ('issue' in i ? [i.issue] : []));
    expect(issues).toHaveLength(12);
    for (const i of issues) expect(i.where).toMatch(/fixtures\/ingest\/bad\//);
  });
  it('--glob limits a folder to matching files', async () => {
    const items = await all([join(fixtures, 'good')], { glob: ['*.html'] });
    expect(items.map((i) => ('article' in i ? i.article.id : 'issue')).sort()).toEqual(['ld', 'page']);
  });
});
