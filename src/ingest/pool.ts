// Coding articles across threads: N worker threads (each loads the engine once), or in-process when
// N is 1. `code` resolves with the article's events and issues; callers bound how many are in flight.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import type { EventRecord } from '../core/event.js';
import { type Issue, issue } from '../core/issue.js';
import { loadGazetteer } from '../geo/index.js';
import { codeArticle, loadEngine } from '../pipeline/index.js';

export interface CodeRequest {
  seq: number;
  article: Article;
}
export interface CodeResponse {
  seq: number;
  events: EventRecord[];
  issues: Issue[];
}
export interface Coded {
  events: EventRecord[];
  issues: Issue[];
}

export interface CodingPool {
  readonly size: number;
  code(article: Article): Promise<Coded>;
  close(): Promise<void>;
}

export async function createPool(workers: number): Promise<CodingPool> {
  if (workers <= 1) return inProcess();
  return threads(workers);
}

async function inProcess(): Promise<CodingPool> {
  const engine = loadEngine();
  await loadGazetteer();
  return {
    size: 1,
    code: async (article) => {
      const coded = codeArticle(article, { engine });
      return { events: coded.events, issues: coded.issues };
    },
    close: async () => {},
  };
}

/**
 * A new worker running worker.js when built, or worker.ts (through tsx's loader, registered inside
 * the thread) when running from source under tsx or vitest.
 */
function spawn(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); })`;
  return new Worker(boot, { eval: true });
}

function threads(n: number): CodingPool {
  let crashes = 0;
  const pending = new Map<number, { resolve: (c: Coded) => void; worker: number; article: Article }>();
  const load = new Array<number>(n).fill(0);
  let seq = 0;
  const pool: Worker[] = [];
  const start = (i: number): Worker => {
    const w = spawn();
    w.on('message', (r: CodeResponse) => {
      const p = pending.get(r.seq);
      if (!p) return;
      pending.delete(r.seq);
      load[i]!--;
      p.resolve({ events: r.events, issues: r.issues });
    });
    w.on('error', (err: Error) => {
      // A crashed worker fails only the articles it held; a fresh one takes its place.
      for (const [s, p] of pending) {
        if (p.worker !== i) continue;
        pending.delete(s);
        p.resolve({
          events: [],
          issues: [issue('INTERNAL', `worker crashed: ${err.message}`, p.article.id)],
        });
      }
      load[i] = 0;
      if (++crashes > 3 * n) throw new Error(`coding workers keep crashing (${err.message})`);
      pool[i] = start(i);
    });
    return w;
  };
  for (let i = 0; i < n; i++) pool.push(start(i));
  return {
    size: n,
    code(article) {
      let best = 0;
      for (let i = 1; i < n; i++) if (load[i]! < load[best]!) best = i;
      load[best]!++;
      const s = seq++;
      return new Promise<Coded>((resolve) => {
        pending.set(s, { resolve, worker: best, article });
        pool[best]!.postMessage({ seq: s, article } satisfies CodeRequest);
      });
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
