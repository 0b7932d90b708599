import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { Article } from '../../core/article.js';
import { formatIssue } from '../../core/issue.js';
import { DEFAULT_FIELDS, type JsonlFields, readInputs, toIsoDate } from '../../ingest/index.js';
import { progress } from '../../ingest/progress.js';
import { failedCount, type IngestSummary, runIngest } from '../../ingest/run.js';
import type { ReadOptions } from '../../ingest/types.js';
import { countFiles } from '../../ingest/walk.js';
import { isPostgresUrl, openStore } from '../../store/index.js';
import { openQueue } from '../../store/queue.js';
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
  queue?: boolean;
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

const listed = (r: Record<string, number>): string =>
  Object.entries(r)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ') || '0';

export function summaryLines(s: IngestSummary, db: string): string {
  return [
    `${s.inserted} inserted, ${s.replaced} replaced, ${s.copied} copied, ${s.unchanged} unchanged, ${s.events} events stored → ${db}`,
    `skipped: ${listed(s.skipped)}; failed: ${listed(s.failed)}; ${s.seconds.toFixed(1)}s`,
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
    .option(
      '--queue',
      'with --db postgres://…: only put the articles in the work queue, for `dyad worker` processes',
    )
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
      if (opts.queue) {
        if (!isPostgresUrl(opts.db))
          return usage('--queue needs --db postgres://… (the queue lives in PostgreSQL)');
        process.exitCode = await enqueue(paths, opts, {
          maxLineBytes,
          fields,
          ...(opts.date && { date: opts.date }),
          ...(opts.glob && { glob: opts.glob }),
          ...(opts.anyLanguage && { anyLanguage: true }),
        });
        return;
      }
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

/** `dyad ingest --queue`: reads the inputs and puts their articles in the PostgreSQL work queue. */
async function enqueue(paths: string[], opts: Opts, read: ReadOptions): Promise<number> {
  let queue: Awaited<ReturnType<typeof openQueue>>;
  try {
    queue = await openQueue(opts.db);
  } catch (err) {
    process.stderr.write(`dyad ingest: ${opts.db}: cannot open the store (${(err as Error).message})\n`);
    return Exit.FAILURE;
  }
  let articles = 0;
  let added = 0;
  let failed = 0;
  const skipped: Record<string, number> = {};
  let batch: Article[] = [];
  const flush = async () => {
    const r = await queue.enqueue(batch);
    added += r.added;
    batch = [];
  };
  try {
    for await (const item of readInputs(paths, read)) {
      if ('issue' in item) {
        if (item.issue.code === 'NOT_ENGLISH' || item.issue.code === 'DUPLICATE')
          skipped[item.issue.code] = (skipped[item.issue.code] ?? 0) + 1;
        else failed++;
        if (!opts.quiet) process.stderr.write(`dyad ingest: ${formatIssue(item.issue)}\n`);
        continue;
      }
      articles++;
      batch.push(item.article);
      if (batch.length >= 1000) await flush();
    }
    await flush();
    const counts = await queue.counts();
    process.stdout.write(
      `${added} queued, ${articles - added} already queued unchanged; skipped: ${listed(skipped)}; failed: ${failed}; ` +
        `queue: ${counts.pending} pending, ${counts.done} done, ${counts.failed} failed → ${opts.db}\n`,
    );
  } catch (err) {
    process.stderr.write(`dyad ingest: ${opts.db}: ${(err as Error).message}\n`);
    return Exit.FAILURE;
  } finally {
    await queue.close();
  }
  return failed ? Exit.PARTIAL : Exit.OK;
}
