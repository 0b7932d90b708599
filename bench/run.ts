// `npm run bench [-- --json] [-- --articles N] [-- --store-events N]`: throughput of each stage and of
// the whole pipeline on 1 and all cores, against wink-nlp's bare sentence+POS pass on the same text,
// plus store insert rate and query latency. Figures are printed, never asserted.
import { availableParallelism, cpus } from 'node:os';
import { Command } from 'commander';
import { loadGazetteer } from '../src/geo/index.js';
import { codeArticle, loadEngine } from '../src/pipeline/index.js';
import { generateArticles } from './generate.js';
import { peakRssMb } from './measure.js';
import { measureIngest } from './parallel.js';
import { measureStages } from './stages.js';
import { measureStore } from './store.js';

const opts = new Command('bench')
  .option('--json', 'print the figures as JSON')
  .option('--articles <n>', 'generated articles per measurement', '200')
  .option('--store-events <n>', 'events in the store benchmark', '1000000')
  .option('--seed <n>', 'generator seed', '1')
  .parse(process.argv)
  .opts<{ json?: boolean; articles: string; storeEvents: string; seed: string }>();

const n = Number(opts.articles);
const articles = [...generateArticles(n, Number(opts.seed))];
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
const log = (line: string): void => {
  if (!opts.json) process.stderr.write(`${line}\n`);
};

log(
  `bench: ${n} generated articles, ${(bytes / 1e6).toFixed(2)} MB; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`,
);
loadEngine();
await loadGazetteer();
// Warm-up: the first articles pay for lazy loading.
for (const a of articles.slice(0, 5)) codeArticle(a);
const stages = measureStages(articles);
log('bench: single-thread stages done');
const one = await measureIngest(articles, 1);
const all = availableParallelism();
const many = all > 1 ? await measureIngest(articles, all) : one;
const startup = all > 1 ? await measureIngest(articles.slice(0, 1), all) : undefined;
log('bench: ingest done');
const samples = articles.slice(0, 50).map((a) => ({ article: a, events: codeArticle(a).events }));
const store = await measureStore(samples, Number(opts.storeEvents));
const figures = {
  articles: n,
  megabytes: Math.round((bytes / 1e6) * 1000) / 1000,
  cores: all,
  stages,
  ingest: { oneCore: one, allCores: many, ...(startup && { allCoresStartupSeconds: startup.seconds }) },
  store,
  peakRssMb: peakRssMb(),
};
if (opts.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else {
  const r = (
    name: string,
    x: {
      articlesPerSecond: number;
      sentencesPerSecond?: number;
      mbPerSecond: number;
      eventsPerSecond?: number;
    },
  ) =>
    `${name.padEnd(28)} ${String(x.articlesPerSecond).padStart(8)} art/s ${String(x.sentencesPerSecond ?? '').padStart(8)} sent/s ${String(x.mbPerSecond).padStart(7)} MB/s ${String(x.eventsPerSecond ?? '').padStart(8)} ev/s`;
  console.log(r('wink-nlp sentences+POS', stages.winkSentencePos));
  console.log(r('tokenize', stages.tokenize));
  console.log(r('analyse (language layer)', stages.analyse));
  console.log(r('pipeline (codeArticle)', stages.pipeline));
  console.log(`pipeline / wink-nlp: ${stages.pipelineVsWink}`);
  console.log(r('ingest, 1 core', one));
  console.log(r(`ingest, ${all} cores`, many));
  if (startup) console.log(`  (${all}-thread pool start-up, included above: ${startup.seconds}s)`);
  console.log(`store: ${JSON.stringify(store)}`);
  console.log(`peak RSS: ${figures.peakRssMb} MB`);
}
