// The whole ingest path (read JSONL → code in N threads → store) on 1 and on all cores.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import { runIngest } from '../src/ingest/run.js';
import { openStore } from '../src/store/index.js';
import { type Rate, rate } from './measure.js';

export async function measureIngest(
  articles: readonly Article[],
  workers: number,
): Promise<Rate & { workers: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    const store = await openStore(join(dir, 'bench.db'));
    const t = performance.now();
    const s = await runIngest([input], store, { workers });
    const secs = (performance.now() - t) / 1000;
    await store.close();
    return { workers, ...rate(secs, s.inserted, bytes, { events: s.events }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
