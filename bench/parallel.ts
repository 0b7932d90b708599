// The whole ingest path (read JSONL → code in N threads → store) on 1 and on all cores, each run in a
// process of its own (bench/child.ts) so its peak RSS, worker threads included, is the ingest's alone.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Article } from '../src/core/article.js';
import type { ChildFigures } from './child.js';
import { type Rate, rate, round } from './measure.js';

const run = promisify(execFile);

/** Runs bench/child.ts with `args` under tsx in a fresh Node process; its one JSON line. */
export async function inChild(args: readonly string[]): Promise<ChildFigures> {
  const child = fileURLToPath(new URL('./child.ts', import.meta.url));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, ...args], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildFigures;
}

/** The articles as a JSONL file in a fresh temporary folder (removed by the returned function). */
export function writeCorpus(articles: readonly Article[]): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const path = join(dir, 'articles.jsonl');
  writeFileSync(path, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface IngestFigures extends Rate {
  workers: number;
  peakRssMb: number;
  /** Seconds to ingest one article: starting the pool (each thread loads the engine) and coding it. */
  startupSeconds: number;
  /** Articles per second once started: the run less the start-up. */
  steadyArticlesPerSecond: number;
}

export async function measureIngest(articles: readonly Article[], workers: number): Promise<IngestFigures> {
  const corpus = writeCorpus(articles);
  const first = writeCorpus(articles.slice(0, 1));
  try {
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    const start = await inChild(['ingest', String(workers), first.path]);
    const c = await inChild(['ingest', String(workers), corpus.path]);
    return {
      workers,
      ...rate(c.seconds, c.articles, bytes, { events: c.events ?? 0 }),
      peakRssMb: round(c.peakRssMb, 0),
      startupSeconds: round(start.seconds, 3),
      steadyArticlesPerSecond: round((c.articles - 1) / Math.max(c.seconds - start.seconds, 1e-9), 1),
    };
  } finally {
    corpus.remove();
    first.remove();
  }
}
