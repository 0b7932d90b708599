import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { recodeStore } from '../../ingest/recode.js';
import { openStore } from '../../store/index.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';

export function register(program: Command): void {
  program
    .command('recode')
    .description(
      'code every stored article again with the current dictionaries and patterns, replacing its mentions (and its copies’) atomically',
    )
    .option('--db <url>', DB_HELP, defaultDb())
    .option('-w, --workers <n>', 'coding threads (1 = in this process)', String(availableParallelism()))
    .option('-q, --quiet', 'no per-article error lines (the summary still prints)')
    .action(async (opts: { db: string; workers: string; quiet?: boolean }) => {
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1) {
        process.stderr.write(`dyad recode: --workers "${opts.workers}" is not a whole number ≥ 1\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        store = await openStore(opts.db);
      } catch (err) {
        process.stderr.write(`dyad recode: ${opts.db}: cannot open the store (${(err as Error).message})\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      try {
        const s = await recodeStore(store, {
          workers,
          ...(!opts.quiet && { onIssue: (line: string) => process.stderr.write(`dyad recode: ${line}\n`) }),
        });
        process.stdout.write(
          `${s.contents} contents re-coded (${s.articles} articles with copies), ${s.failed} failed; ` +
            `mentions ${s.mentionsBefore} → ${s.mentionsAfter}, events ${s.eventsBefore} → ${s.eventsAfter}; ` +
            `${s.seconds.toFixed(1)}s → ${opts.db}\n`,
        );
        process.exitCode = s.failed ? Exit.PARTIAL : Exit.OK;
      } catch (err) {
        process.stderr.write(`dyad recode: ${opts.db}: ${(err as Error).message}\n`);
        process.exitCode = Exit.FAILURE;
      } finally {
        await store.close();
      }
    });
}
