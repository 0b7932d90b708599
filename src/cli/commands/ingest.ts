import type { Command } from 'commander';
import { Exit } from '../exit.js';
import { isIsoDate } from '../input.js';
import { ingestPaths } from '../run-ingest.js';

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'code articles (text files, JSONL, folders) into the event store; re-ingesting the same article adds nothing',
    )
    .argument('<paths...>', 'files or folders')
    .option('--db <file>', 'the store (SQLite file)', './dyad.db')
    .option('-d, --date <YYYY-MM-DD>', 'publication date for text files that do not give one')
    .action(async (paths: string[], opts: { db: string; date?: string }) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) {
        process.stderr.write(`dyad ingest: --date "${opts.date}" is not a date (YYYY-MM-DD)\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const s = await ingestPaths(paths, opts.db, opts.date, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(
        `${s.inserted} inserted, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.events} events stored, ${s.failed} failed → ${opts.db}\n`,
      );
      process.exitCode = s.failed > 0 ? Exit.PARTIAL : Exit.OK;
    });
}
