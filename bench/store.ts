// Store figures: insert rate and query latency at a given number of events. Uses the store helper's
// own src/store/bench.ts when it exists; otherwise copies real coded events into fresh articles, one
// article per transaction as ingest writes them, each copy dated one of ten years of days.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/core/article.js';
import type { EventRecord } from '../src/core/event.js';
import { openStore } from '../src/store/index.js';
import { percentile, round } from './measure.js';

export interface StoreFigures {
  via: string;
  events: number;
  articles: number;
  insertEventsPerSecond: number;
  insertArticlesPerSecond: number;
  queryP50Ms: number;
  queryP95Ms: number;
  queries: number;
}

export async function measureStore(
  samples: readonly { article: Article; events: EventRecord[] }[],
  target: number,
): Promise<StoreFigures | { via: string; error: string }> {
  const own = new URL('../src/store/bench.ts', import.meta.url);
  if (existsSync(own)) {
    try {
      const mod = (await import(own.href)) as { benchStore?: (events: number) => Promise<StoreFigures> };
      if (mod.benchStore) return { ...(await mod.benchStore(target)), via: 'src/store/bench.ts' };
    } catch (err) {
      return { via: 'src/store/bench.ts', error: (err as Error).message };
    }
  }
  const withEvents = samples.filter((s) => s.events.length > 0);
  if (!withEvents.length) return { via: 'bench/store.ts', error: 'no coded events to copy' };
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-bench-'));
  try {
    const store = await openStore(join(dir, 'store.db'));
    let events = 0;
    let articles = 0;
    const t = performance.now();
    while (events < target) {
      const s = withEvents[articles % withEvents.length]!;
      const id = `copy-${articles}`;
      // Each copy is news of one of ten years of days, so its events fold with those of the few other
      // copies of that day (as repeated reports of one event do), not with every copy of the sample.
      const day = new Date(Date.UTC(2015, 0, 1) + (articles % 3650) * 86_400_000).toISOString().slice(0, 10);
      const article = { ...s.article, id, published: day, text: `${s.article.text}\n[${articles}]` };
      await store.putArticle(
        article,
        s.events.map((e) => ({ ...e, article_id: id, date: day, date_precision: 'day' as const })),
      );
      events += s.events.length;
      articles++;
    }
    const secs = (performance.now() - t) / 1000;
    const actors = [...new Set(withEvents.flatMap((s) => s.events.map((e) => e.source.code)))];
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const q = performance.now();
      await store.events({ actor: actors[i % actors.length]!, limit: 100 });
      times.push(performance.now() - q);
    }
    times.sort((a, b) => a - b);
    await store.close();
    return {
      via: 'bench/store.ts (copies of coded events)',
      events,
      articles,
      insertEventsPerSecond: round(events / secs, 0),
      insertArticlesPerSecond: round(articles / secs, 0),
      queryP50Ms: round(percentile(times, 50), 3),
      queryP95Ms: round(percentile(times, 95), 3),
      queries: times.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
