import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { EventRecord } from '../../core/event.js';
import { toCsv, toGdelt, toPloverJsonl } from '../../store/export.js';
import { openStore, type StoredArticle } from '../../store/index.js';
import { writeParquet } from '../../store/parquet.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';

const FORMATS = ['csv', 'gdelt', 'parquet', 'plover', 'jsonl'] as const;

export function register(program: Command): void {
  program
    .command('export')
    .description(
      'write the stored events as CSV, GDELT 2.0 Events (61 tab-separated columns), Parquet, PLOVER JSONL or event-record JSONL',
    )
    .requiredOption('--format <format>', `output: ${FORMATS.join(', ')}`)
    .option('--db <url>', DB_HELP, defaultDb())
    .option('--out <file>', 'write here instead of standard output')
    .option('--no-header', "CSV or GDELT without the header line (GDELT's own files have none)")
    .option('--actor <code>', 'source or target code starts with it')
    .option('--code <prefix>', 'CAMEO code prefix')
    .option('--status <status>', 'occurred, planned or denied')
    .option('--from <date>', 'event date on or after')
    .option('--to <date>', 'event date on or before')
    .option('--limit <n>', 'at most n events', '1000000')
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const format = opts.format as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) {
        process.stderr.write(`dyad export: unknown format "${opts.format}" (use ${FORMATS.join(', ')})\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      if (opts.status && !['occurred', 'planned', 'denied'].includes(String(opts.status))) {
        process.stderr.write('dyad export: --status must be occurred, planned or denied\n');
        process.exitCode = Exit.USAGE;
        return;
      }
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 0) {
        process.stderr.write(`dyad export: --limit must be a whole number, not "${opts.limit}"\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      let events: EventRecord[];
      let gdelt = '';
      try {
        const store = await openStore(String(opts.db));
        events = await store.events({
          ...(opts.actor && { actor: String(opts.actor).toUpperCase() }),
          ...(opts.code && { code: String(opts.code) }),
          ...(opts.status && { status: opts.status as EventRecord['status'] }),
          ...(opts.from && { from: String(opts.from) }),
          ...(opts.to && { to: String(opts.to) }),
          limit,
        });
        if (format === 'gdelt') {
          const articles = new Map<string, StoredArticle | null>();
          for (const id of new Set(events.map((e) => e.article_id)))
            articles.set(id, await store.getArticle(id));
          gdelt = toGdelt(events, (id) => articles.get(id) ?? null, opts.header !== false);
        }
        await store.close();
      } catch (err) {
        process.stderr.write(`dyad export: ${opts.db}: ${(err as Error).message}\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      if (format === 'parquet') {
        if (!opts.out) {
          process.stderr.write('dyad export: --format parquet needs --out FILE\n');
          process.exitCode = Exit.USAGE;
          return;
        }
        try {
          const n = await writeParquet(events, String(opts.out));
          process.stderr.write(`dyad export: ${n} events written to ${opts.out}\n`);
        } catch (err) {
          process.stderr.write(`dyad export: ${opts.out}: ${(err as Error).message}\n`);
          process.exitCode = Exit.FAILURE;
        }
        return;
      }
      const text =
        format === 'csv'
          ? toCsv(events, opts.header !== false)
          : format === 'gdelt'
            ? gdelt
            : format === 'plover'
              ? toPloverJsonl(events)
              : events.map((e) => `${JSON.stringify(e)}\n`).join('');
      if (!opts.out) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileSync(String(opts.out), text);
        process.stderr.write(`dyad export: ${events.length} events written to ${opts.out}\n`);
      } catch (err) {
        process.stderr.write(`dyad export: ${opts.out}: ${(err as Error).message}\n`);
        process.exitCode = Exit.FAILURE;
      }
    });
}
