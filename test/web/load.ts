// Load test, by hand (not in CI): npx tsx test/web/load.ts [events=100000] [clients=50] [seconds=30]
// Builds a store of generated events (the sample articles' coded events, copied under new ids and
// dates), serves it on loopback and lets N clients hit a mix of read routes; prints p50/p95/p99 and errors.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/api/index.js';
import type { Article } from '../../src/core/article.js';
import type { EventRecord } from '../../src/core/event.js';
import { codeArticle, loadEngine } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

const [total = 100_000, clients = 50, seconds = 30] = process.argv.slice(2).map(Number);
const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-load-')), 'load.db'));
const engine = loadEngine();
const seeds: EventRecord[] = [];
for (const line of readFileSync('samples/articles.jsonl', 'utf8').split('\n'))
  if (line.trim()) seeds.push(...codeArticle(JSON.parse(line) as Article, { engine }).events);
const perArticle = 100;
for (let a = 0; a * perArticle < total; a++) {
  const day = new Date(Date.UTC(2024, 0, 1) + (a % 730) * 86_400_000).toISOString().slice(0, 10);
  const article: Article = { id: `gen-${a}`, text: `generated ${a}`, published: day };
  const events = Array.from({ length: perArticle }, (_, i) => {
    const s = seeds[(a * perArticle + i) % seeds.length] as EventRecord;
    return { ...s, id: `g${a}-${i}`, article_id: article.id, date: day };
  });
  await store.putArticle(article, events);
}
console.log(`store: ${JSON.stringify(await store.counts())}`);
const { url, close } = await startServer({ db: store, port: 0 });
const paths = [
  'api/events?dyad=JPN-USA&limit=50',
  'api/events?actor=USA&from=2025-01-01&limit=50',
  'api/events?code=04&offset=500&limit=50',
  'api/series?dyad=JPN-USA&period=month',
  'api/network?quad=4',
  'api/search?q=phone',
];
const times: number[] = [];
let errors = 0;
const end = Date.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let i = c; Date.now() < end; i++) {
      const t = performance.now();
      try {
        const r = await fetch(url + paths[i % paths.length]);
        await r.arrayBuffer();
        if (!r.ok) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - t);
    }
  }),
);
times.sort((a, b) => a - b);
const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
console.log(
  `${clients} clients, ${seconds} s: ${times.length} requests (${(times.length / seconds).toFixed(1)}/s), p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, errors ${errors}`,
);
await close();
await store.close();
