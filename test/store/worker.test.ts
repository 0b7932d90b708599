// The PostgreSQL work queue under failure: 3 `dyad worker` processes code ≥ 2,000 generated articles,
// one is killed with SIGKILL mid-run, and in the end every article is coded and stored exactly once,
// with the same articles, mentions and events as a single-process ingest of the same file.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate.js';
import { packageRoot } from '../../src/core/paths.js';
import { parsePgUrl } from '../../src/store/postgres.js';
import { pgSchema, pgUnavailable } from '../../src/store/test-helpers/targets.js';

const ARTICLES = 2000;
const unavailable = await pgUnavailable();

// One node process per command (no wrapper process that a SIGKILL would leave running).
const cli = ['--import', 'tsx', join(packageRoot, 'src', 'cli', 'main.ts')];
const dyad = (...args: string[]) =>
  spawnSync(process.execPath, [...cli, ...args], { encoding: 'utf8', cwd: packageRoot, timeout: 300_000 });
interface Ended {
  code: number | null;
  signal: string | null;
  out: string;
}
/** A dyad command in the background, and how it ended (exit code, signal, output). */
const background = (args: string[]): { child: ChildProcess; ended: Promise<Ended> } => {
  const child = spawn(process.execPath, [...cli, ...args], {
    cwd: packageRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b) => {
    out += b;
  });
  child.stderr?.on('data', (b) => {
    out += b;
  });
  return { child, ended: new Promise((ok) => child.on('exit', (code, signal) => ok({ code, signal, out }))) };
};

describe.skipIf(unavailable !== undefined)('dyad worker: 3 processes, one killed mid-run', () => {
  let queued: Awaited<ReturnType<typeof pgSchema>>;
  let single: Awaited<ReturnType<typeof pgSchema>>;
  let client: pg.Client;
  let file: string;
  const q = async <T>(db: string, sql: string): Promise<T[]> => {
    await client.query(`SET search_path TO "${parsePgUrl(db).schema}"`);
    return (await client.query(sql)).rows as T[];
  };
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'dyad-worker-')), 'articles.jsonl');
    const articles = [...generateArticles(ARTICLES, 11, { minBytes: 200, maxBytes: 600 })];
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    [queued, single] = [await pgSchema(), await pgSchema()];
    client = new pg.Client({ connectionString: parsePgUrl(queued.db).connectionString });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await queued?.drop();
    await single?.drop();
  });

  it('codes every article exactly once, as a single process does', async () => {
    const put = dyad('ingest', '--db', queued.db, '--queue', file);
    expect(put.stdout).toMatch(new RegExp(`^${ARTICLES} queued, 0 already queued`));
    const started = performance.now();
    // The single-process reference runs at the same time, so both code with the same engine and data.
    const one = background(['ingest', '--db', single.db, '-w', '1', '-q', file]);
    const workers = ['w0', 'w1', 'w2'].map((name) =>
      background(['worker', '--db', queued.db, '--drain', '-q', '--name', name]),
    );
    // Kill w0 once it has stored some articles and the run is well under way (and not over).
    for (;;) {
      const rows = await q<{ worker: string | null; n: number }>(
        queued.db,
        "SELECT worker, count(*)::int AS n FROM queue WHERE state = 'done' GROUP BY worker",
      );
      const total = rows.reduce((s, r) => s + r.n, 0);
      if ((rows.find((r) => r.worker === 'w0')?.n ?? 0) >= 20 && total >= ARTICLES / 5) break;
      expect(total).toBeLessThan(ARTICLES * 0.9);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    workers[0]!.child.kill('SIGKILL');
    const [w0, w1, w2] = await Promise.all(workers.map((w) => w.ended));
    const seconds = (performance.now() - started) / 1000;
    expect(w0!.signal).toBe('SIGKILL');
    expect([w1!.code, w2!.code]).toEqual([0, 0]);
    expect((await one.ended).code).toBe(0);
    // For the record (not asserted): wall time of the workers, sharing the machine with the reference run.
    process.stderr.write(`worker test: ${ARTICLES} articles, 3 workers (1 killed): ${seconds.toFixed(1)}s\n`);

    // Every article is done, once: its done-mark committed with its mentions.
    const states = await q<{ state: string; result: string; n: number }>(
      queued.db,
      'SELECT state, result, count(*)::int AS n FROM queue GROUP BY state, result ORDER BY state, result',
    );
    expect(states).toEqual([{ state: 'done', result: 'inserted', n: ARTICLES }]);
    const mismatched = await q<{ id: string }>(
      queued.db,
      `SELECT q.id FROM queue q
         LEFT JOIN (SELECT article_id, count(*)::int AS n FROM mentions GROUP BY article_id) m ON m.article_id = q.id
       WHERE coalesce(m.n, 0) <> q.mentions`,
    );
    expect(mismatched).toEqual([]);
    const byWorker = await q<{ worker: string; n: number }>(
      queued.db,
      'SELECT worker, count(*)::int AS n FROM queue GROUP BY worker ORDER BY worker',
    );
    expect(byWorker.map((r) => r.worker)).toEqual(['w0', 'w1', 'w2']);
    // The survivors' own reports add up to what the queue says they stored.
    const reported = [w1, w2].map((w) => Number(/: (\d+) articles stored/.exec(w!.out)?.[1]));
    expect(reported).toEqual(byWorker.slice(1).map((r) => r.n));

    // The single process stored the same articles, mentions and events.
    const totals = async (db: string) =>
      (
        await q<Record<string, number>>(
          db,
          `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM mentions) AS mentions,
             (SELECT count(*)::int FROM events) AS events, (SELECT sum(num_mentions)::int FROM events) AS folded`,
        )
      )[0]!;
    const [a, b] = [await totals(queued.db), await totals(single.db)];
    expect(a).toEqual(b);
    expect(a.articles).toBe(ARTICLES);
    expect(a.folded).toBe(a.mentions);
    const perArticle = async (db: string) =>
      (
        await q<{ article_id: string; n: number; codes: string }>(
          db,
          `SELECT article_id, count(*)::int AS n, string_agg(code, ',' ORDER BY id) AS codes
           FROM mentions GROUP BY article_id ORDER BY article_id`,
        )
      ).map((r) => `${r.article_id}:${r.n}:${r.codes}`);
    const [x, y] = [await perArticle(queued.db), await perArticle(single.db)];
    expect(x.filter((r, i) => r !== y[i]).slice(0, 3)).toEqual([]);
  }, 300_000);
});
