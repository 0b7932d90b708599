// One benchmark measurement in a process of its own, so the peak RSS it reports is that of the stage or
// of the ingest alone (worker threads included), not of the whole benchmark. Prints one JSON line.
//   tsx bench/child.ts stage <wink|tokenize|analyse|pipeline> <articles.jsonl>
//   tsx bench/child.ts ingest <workers> <articles.jsonl>
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import { peakRssMb } from './measure.js';

export interface ChildFigures {
  seconds: number;
  peakRssMb: number;
  articles: number;
  sentences?: number;
  events?: number;
}

const [mode, arg, file] = process.argv.slice(2);
if (!mode || !arg || !file) throw new Error('usage: child.ts stage <name> <file> | ingest <workers> <file>');
const out: ChildFigures =
  mode === 'stage'
    ? await stage(arg, file)
    : mode === 'ingest'
      ? await ingest(Number(arg), file)
      : fail(mode);
process.stdout.write(`${JSON.stringify(out)}\n`);

function fail(m: string): never {
  throw new Error(`unknown mode ${m}`);
}

function read(path: string): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

async function stage(name: string, path: string): Promise<ChildFigures> {
  const articles = read(path);
  let sentences = 0;
  let events = 0;
  let run: () => void;
  if (name === 'wink') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    run = () => {
      for (const a of articles) {
        const doc = nlp.readDoc(a.text);
        sentences += doc.sentences().length();
        doc.tokens().out(nlp.its.pos);
      }
    };
  } else {
    const { tokenize } = await import('../src/nlp/index.js');
    const { analyse, codeArticle, loadEngine } = await import('../src/pipeline/index.js');
    const { loadGazetteer } = await import('../src/geo/index.js');
    // What the stage needs is loaded before it is timed (and counts in its peak RSS).
    const engine = name === 'tokenize' ? undefined : loadEngine();
    if (name === 'pipeline') await loadGazetteer();
    if (name === 'tokenize')
      run = () => {
        for (const a of articles) sentences += tokenize(a.text).sentences.length;
      };
    else if (name === 'analyse')
      run = () => {
        for (const a of articles) sentences += analyse(a, engine!).sentences.length;
      };
    else if (name === 'pipeline')
      run = () => {
        for (const a of articles) {
          const coded = codeArticle(a, { engine: engine! });
          sentences += coded.doc.sentences.length;
          events += coded.events.length;
        }
      };
    else throw new Error(`unknown stage ${name}`);
  }
  const t = performance.now();
  run();
  const seconds = (performance.now() - t) / 1000;
  return { seconds, peakRssMb: peakRssMb(), articles: articles.length, sentences, events };
}

async function ingest(workers: number, path: string): Promise<ChildFigures> {
  const { runIngest } = await import('../src/ingest/run.js');
  const { openStore } = await import('../src/store/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    const t = performance.now();
    const s = await runIngest([path], store, { workers });
    const seconds = (performance.now() - t) / 1000;
    await store.close();
    return { seconds, peakRssMb: peakRssMb(), articles: s.inserted, events: s.events };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
