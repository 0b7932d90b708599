import type { Command } from 'commander';
import { formatIssue } from '../../core/issue.js';
import { loadGazetteer } from '../../geo/index.js';
import { readInputs } from '../../ingest/index.js';
import { codeArticle, loadEngine } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { Exit } from '../exit.js';
import { isIsoDate } from '../input.js';

export interface IngestSummary {
  inserted: number;
  unchanged: number;
  replaced: number;
  events: number;
  failed: number;
}

/** Codes and stores every article of the inputs; bad inputs are reported one line each and skipped. */
export async function ingest(
  paths: string[],
  db: string,
  date: string | undefined,
  log: (line: string) => void,
): Promise<IngestSummary> {
  const engine = loadEngine();
  await loadGazetteer();
  const store = openStore(db);
  const summary: IngestSummary = { inserted: 0, unchanged: 0, replaced: 0, events: 0, failed: 0 };
  try {
    for (const item of readInputs(paths, date ? { date } : {})) {
      if ('issue' in item) {
        summary.failed++;
        log(`dyad ingest: ${formatIssue(item.issue)}`);
        continue;
      }
      const coded = codeArticle(item.article, { engine });
      for (const i of coded.issues)
        log(`dyad ingest: ${item.where}${item.line ? `:${item.line}` : ''}: ${i.message}`);
      const r = store.putArticle(item.article, coded.events);
      summary[r.status]++;
      if (r.status !== 'unchanged') summary.events += coded.events.length;
    }
  } finally {
    store.close();
  }
  return summary;
}

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
      const s = await ingest(paths, opts.db, opts.date, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(
        `${s.inserted} inserted, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.events} events stored, ${s.failed} failed → ${opts.db}\n`,
      );
      process.exitCode = s.failed > 0 ? Exit.PARTIAL : Exit.OK;
    });
}
