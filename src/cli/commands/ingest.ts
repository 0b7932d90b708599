import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_FIELDS, type JsonlFields, toIsoDate } from '../../ingest/index.js';
import { progress } from '../../ingest/progress.js';
import { failedCount, type IngestSummary, runIngest } from '../../ingest/run.js';
import { countFiles } from '../../ingest/walk.js';
import { openStore } from '../../store/index.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';
import { isIsoDate } from '../input.js';

interface Opts {
  db: string;
  date?: string;
  workers: string;
  report?: string;
  glob?: string[];
  fields?: string;
  anyLanguage?: boolean;
  maxLineBytes?: string;
  quiet?: boolean;
}

/** `--fields text=body,published=date` → JSONL field names; an error message when malformed. */
export function parseFields(spec: string): Partial<JsonlFields> | string {
  const out: Partial<JsonlFields> = {};
  for (const part of spec.split(',')) {
    const m = /^\s*(\w+)\s*=\s*(\S+)\s*$/.exec(part);
    if (!m || !(m[1]! in DEFAULT_FIELDS))
      return `--fields "${part}": expected NAME=FIELD with NAME one of ${Object.keys(DEFAULT_FIELDS).join(', ')}`;
    out[m[1] as keyof JsonlFields] = m[2]!;
  }
  return out;
}

const counts = (r: Record<string, number>): string =>
  Object.entries(r)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ') || '0';

export function summaryLines(s: IngestSummary, db: string): string {
  return [
    `${s.inserted} inserted, ${s.replaced} replaced, ${s.copied} copied, ${s.unchanged} unchanged, ${s.events} events stored → ${db}`,
    `skipped: ${counts(s.skipped)}; failed: ${counts(s.failed)}; ${s.seconds.toFixed(1)}s`,
  ].join('\n');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'code articles (text, JSONL, HTML, RSS/Atom, .gz, folders) into the event store; re-running adds nothing twice, so a killed run can simply be run again',
    )
    .argument('<paths...>', 'files or folders (read recursively)')
    .option('--db <url>', DB_HELP, defaultDb())
    .option('-d, --date <YYYY-MM-DD>', 'publication date for inputs that do not give one')
    .option('-w, --workers <n>', 'coding threads (1 = in this process)', String(availableParallelism()))
    .option('--report <file>', 'write the summary (counts and every issue) as JSON')
    .option('--glob <pattern...>', 'in folders, read only files matching these globs (e.g. "**/*.html")')
    .option('--fields <spec>', 'JSONL field names, e.g. "text=body,published=date,id=uuid"')
    .option('--any-language', 'keep articles that do not look English')
    .option(
      '--max-line-bytes <n>',
      'longest JSONL line read; longer lines are reported',
      String(32 * 1024 * 1024),
    )
    .option('-q, --quiet', 'no progress and no per-input error lines (the summary still prints)')
    .action(async (paths: string[], opts: Opts) => {
      const usage = (msg: string): void => {
        process.stderr.write(`dyad ingest: ${msg}\n`);
        process.exitCode = Exit.USAGE;
      };
      if (opts.date !== undefined && (!isIsoDate(opts.date) || toIsoDate(opts.date) !== opts.date))
        return usage(`--date "${opts.date}" is not a date (YYYY-MM-DD)`);
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1)
        return usage(`--workers "${opts.workers}" is not a whole number ≥ 1`);
      const maxLineBytes = Number(opts.maxLineBytes);
      if (!Number.isInteger(maxLineBytes) || maxLineBytes < 1)
        return usage(`--max-line-bytes "${opts.maxLineBytes}" is not a whole number ≥ 1`);
      const fields = opts.fields ? parseFields(opts.fields) : {};
      if (typeof fields === 'string') return usage(fields);
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        store = await openStore(opts.db);
      } catch (err) {
        process.stderr.write(`dyad ingest: ${opts.db}: cannot open the store (${(err as Error).message})\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      const bar = progress(process.stderr, opts.quiet ? undefined : await countFiles(paths, opts.glob));
      let s: IngestSummary;
      try {
        s = await runIngest(paths, store, {
          workers,
          maxLineBytes,
          fields,
          ...(opts.date && { date: opts.date }),
          ...(opts.glob && { glob: opts.glob }),
          ...(opts.anyLanguage && { anyLanguage: true }),
          ...(!opts.quiet && {
            onProgress: (x: IngestSummary) => bar.update(x),
            onIssue: (line: string) => {
              bar.done();
              process.stderr.write(`dyad ingest: ${line}\n`);
            },
          }),
        });
      } finally {
        bar.done();
        await store.close();
      }
      process.stdout.write(`${summaryLines(s, opts.db)}\n`);
      if (opts.report) {
        try {
          writeFileSync(opts.report, `${JSON.stringify({ db: opts.db, paths, ...s }, null, 2)}\n`);
        } catch (err) {
          process.stderr.write(
            `dyad ingest: ${opts.report}: cannot write the report (${(err as Error).message})\n`,
          );
          process.exitCode = Exit.FAILURE;
          return;
        }
      }
      process.exitCode = failedCount(s) > 0 ? Exit.PARTIAL : Exit.OK;
    });
}
