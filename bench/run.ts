// `npm run bench [-- --json] [-- --articles N] [-- --store-events N]`: throughput of each stage and of
// the whole pipeline on 1 and all cores, against wink-nlp's bare sentence+POS pass on the same text,
// plus store insert rate and query latency. Figures are printed, never asserted. Peak RSS is measured
// per stage and per ingest run in a process of its own (bench/child.ts); the ingest runs also report
// their start-up (pool, engine, first article) and their rate once started.
import { availableParallelism, cpus } from 'node:os';
import { Command } from 'commander';
import { loadGazetteer } from '../src/geo/index.js';
import { codeArticle, loadEngine } from '../src/pipeline/index.js';
import { generateArticles } from './generate.js';
import { peakRssMb, round } from './measure.js';
import { inChild, measureIngest, writeCorpus } from './parallel.js';
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
// Peak RSS of each stage on its own: the same articles through the stage in a fresh process.
const corpus = writeCorpus(articles);
const stageRss: Record<string, number> = {};
try {
  for (const stage of ['wink', 'tokenize', 'analyse', 'pipeline'])
    stageRss[stage] = (await inChild(['stage', stage, corpus.path])).peakRssMb;
} finally {
  corpus.remove();
}
log('bench: per-stage peak RSS done');
const one = await measureIngest(articles, 1);
const all = availableParallelism();
const many = all > 1 ? await measureIngest(articles, all) : one;
log('bench: ingest done');
const samples = articles.slice(0, 50).map((a) => ({ article: a, events: codeArticle(a).events }));
const store = await measureStore(samples, Number(opts.storeEvents));
// All cores against one: as measured (pool start-up included), and once started.
const speedup = {
  allCoresVsOne: round(many.articlesPerSecond / one.articlesPerSecond, 2),
  allCoresVsOneWithoutStartup: round(many.steadyArticlesPerSecond / one.steadyArticlesPerSecond, 2),
};
const figures = {
  articles: n,
  megabytes: Math.round((bytes / 1e6) * 1000) / 1000,
  cores: all,
  stages: {
    ...stages,
    winkSentencePos: { ...stages.winkSentencePos, peakRssMb: stageRss.wink },
    tokenize: { ...stages.tokenize, peakRssMb: stageRss.tokenize },
    analyse: { ...stages.analyse, peakRssMb: stageRss.analyse },
    pipeline: { ...stages.pipeline, peakRssMb: stageRss.pipeline },
  },
  ingest: { oneCore: one, allCores: many, speedup },
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
  console.log(
    `  start-up (pool, engine, first article) included above: 1 core ${one.startupSeconds}s, ${all} cores ${many.startupSeconds}s; once started: ${one.steadyArticlesPerSecond} and ${many.steadyArticlesPerSecond} art/s`,
  );
  console.log(
    `${all} cores vs 1: ${speedup.allCoresVsOne}x (${speedup.allCoresVsOneWithoutStartup}x without the pool start-up)`,
  );
  console.log(
    `peak RSS (MB): wink ${stageRss.wink}, tokenize ${stageRss.tokenize}, analyse ${stageRss.analyse}, pipeline ${stageRss.pipeline}, ingest 1 core ${one.peakRssMb}, ingest ${all} cores ${many.peakRssMb}`,
  );
  console.log(`store: ${JSON.stringify(store)}`);
  console.log(`peak RSS of the benchmark process: ${figures.peakRssMb} MB`);
}
