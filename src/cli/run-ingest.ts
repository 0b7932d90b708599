import { formatIssue } from '../core/issue.js';
import { loadGazetteer } from '../geo/index.js';
import { readInputs } from '../ingest/index.js';
import { codeArticle, loadEngine } from '../pipeline/index.js';
import { openStore } from '../store/index.js';

export interface IngestSummary {
  inserted: number;
  unchanged: number;
  replaced: number;
  events: number;
  failed: number;
}

/**
 * Reads, codes and stores every article of the inputs in one process; bad inputs are reported one
 * line each (file, line, reason) and skipped. Used by `dyad demo` and the simple path of `dyad ingest`.
 */
export async function ingestPaths(
  paths: string[],
  db: string,
  date: string | undefined,
  log: (line: string) => void,
): Promise<IngestSummary> {
  const engine = loadEngine();
  await loadGazetteer();
  const store = await openStore(db);
  const summary: IngestSummary = { inserted: 0, unchanged: 0, replaced: 0, events: 0, failed: 0 };
  try {
    for await (const item of readInputs(paths, date ? { date } : {})) {
      if ('issue' in item) {
        summary.failed++;
        log(`dyad ingest: ${formatIssue(item.issue)}`);
        continue;
      }
      const coded = codeArticle(item.article, { engine });
      for (const i of coded.issues)
        log(`dyad ingest: ${item.where}${item.line ? `:${item.line}` : ''}: ${i.message}`);
      const r = await store.putArticle(item.article, coded.events);
      summary[r.status]++;
      if (r.status !== 'unchanged') summary.events += coded.events.length;
    }
  } finally {
    await store.close();
  }
  return summary;
}
