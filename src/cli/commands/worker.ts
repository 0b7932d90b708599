import { hostname } from 'node:os';
import type { Command } from 'commander';
import { createPool } from '../../ingest/pool.js';
import { isPostgresUrl } from '../../store/index.js';
import { openQueue, type WorkResult } from '../../store/queue.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';

interface Opts {
  db: string;
  concurrency: string;
  name?: string;
  drain?: boolean;
  lease: string;
  quiet?: boolean;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'code articles from the PostgreSQL work queue (filled by `dyad ingest --queue`); run any number, on any machines',
    )
    .option('--db <url>', DB_HELP, defaultDb())
    .option('-c, --concurrency <n>', 'articles coded at once (n > 1: coding threads)', '1')
    .option('--name <name>', 'this worker’s name in the queue (default host:pid)')
    .option('--drain', 'exit once nothing is pending (else wait for more work)')
    .option(
      '--lease <seconds>',
      'a claimed article idle this long (a hung worker) is let go for another worker',
      '300',
    )
    .option('-q, --quiet', 'no progress lines')
    .action(async (opts: Opts) => {
      const usage = (msg: string): void => {
        process.stderr.write(`dyad worker: ${msg}\n`);
        process.exitCode = Exit.USAGE;
      };
      if (!isPostgresUrl(opts.db))
        return usage(`--db must be a postgres:// URL (the queue lives in PostgreSQL)`);
      const n = Number(opts.concurrency);
      if (!Number.isInteger(n) || n < 1)
        return usage(`--concurrency "${opts.concurrency}" is not a whole number ≥ 1`);
      const lease = Number(opts.lease);
      if (!(lease > 0)) return usage(`--lease "${opts.lease}" is not a number of seconds > 0`);
      const name = opts.name ?? `${hostname()}:${process.pid}`;
      let queue: Awaited<ReturnType<typeof openQueue>>;
      try {
        queue = await openQueue(opts.db, { idleInTransactionSeconds: lease, connections: 2 * n });
      } catch (err) {
        process.stderr.write(`dyad worker: ${opts.db}: cannot open the store (${(err as Error).message})\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      const pool = await createPool(n);
      const done: Partial<Record<WorkResult, number>> = {};
      let stopping = false;
      const stop = () => {
        stopping = true;
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      const started = performance.now();
      const log = (line: string) => opts.quiet || process.stderr.write(`dyad worker ${name}: ${line}\n`);
      const progress = setInterval(() => {
        const secs = (performance.now() - started) / 1000;
        const total = (done.inserted ?? 0) + (done.replaced ?? 0) + (done.copied ?? 0);
        log(`${total} stored (${(total / secs).toFixed(1)}/s), ${JSON.stringify(done)}`);
      }, 10_000);
      let failure: Error | undefined;
      try {
        await Promise.all(
          Array.from({ length: n }, async () => {
            let errors = 0;
            while (!stopping && !failure) {
              let r: WorkResult;
              try {
                r = await queue.work((a) => pool.code(a), name);
                errors = 0;
              } catch (err) {
                // A lost connection or a conflict: the article stays pending; wait and try again.
                if (++errors >= 10) failure = err as Error;
                else log(`retrying after: ${(err as Error).message}`);
                await sleep(200 * errors);
                continue;
              }
              if (r === 'empty') {
                if (opts.drain) break;
                await sleep(1000);
              } else if (r === 'busy') await sleep(100);
              else done[r] = (done[r] ?? 0) + 1;
            }
          }),
        );
      } finally {
        clearInterval(progress);
        await pool.close();
        await queue.close();
      }
      const secs = (performance.now() - started) / 1000;
      const total = Object.entries(done).reduce((s, [k, v]) => (k === 'failed' ? s : s + (v ?? 0)), 0);
      process.stdout.write(
        `worker ${name}: ${total} articles stored (${
          Object.entries(done)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ') || 'none'
        }) in ${secs.toFixed(1)}s\n`,
      );
      if (failure) {
        process.stderr.write(`dyad worker ${name}: giving up: ${failure.message}\n`);
        process.exitCode = Exit.FAILURE;
      } else process.exitCode = done.failed ? Exit.PARTIAL : Exit.OK;
    });
}
