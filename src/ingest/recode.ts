// Re-coding a store: every stored content (copies share one) is coded again with the engine as it is
// now (dictionaries, patterns, the user's overlays) and its mentions are replaced, for the original and
// each copy, in one transaction per content. A run stopped half way leaves every content either as it
// was or fully re-coded, and can simply be run again.
import type { EventStore } from '../store/index.js';
import { createPool } from './pool.js';

export interface RecodeSummary {
  /** Distinct contents coded. */
  contents: number;
  /** Articles whose mentions were replaced (a content and its copies). */
  articles: number;
  /** Contents whose coding failed (their mentions are left as they were). */
  failed: number;
  mentionsBefore: number;
  mentionsAfter: number;
  eventsBefore: number;
  eventsAfter: number;
  seconds: number;
}

export interface RecodeOptions {
  workers?: number;
  /** Contents read and coded at a time. */
  batch?: number;
  onProgress?: (s: RecodeSummary) => void;
  onIssue?: (line: string) => void;
}

export async function recodeStore(store: EventStore, options: RecodeOptions = {}): Promise<RecodeSummary> {
  const started = performance.now();
  const before = await store.counts();
  const s: RecodeSummary = {
    contents: 0,
    articles: 0,
    failed: 0,
    mentionsBefore: before.mentions,
    mentionsAfter: before.mentions,
    eventsBefore: before.events,
    eventsAfter: before.events,
    seconds: 0,
  };
  const pool = await createPool(options.workers ?? 1);
  try {
    let after: string | null = null;
    for (;;) {
      const page = await store.contents(after, options.batch ?? Math.max(8, pool.size * 8));
      if (!page.length) break;
      after = page[page.length - 1]!.hash;
      await Promise.all(
        page.map(async ({ hash, ...article }) => {
          const coded = await pool.code(article);
          const internal = coded.issues.filter((i) => i.code === 'INTERNAL');
          if (internal.length) {
            s.failed++;
            for (const i of internal) options.onIssue?.(`${article.id}: ${i.message} [${i.code}]`);
            return;
          }
          const replaced = await store.replaceMentions(hash, coded.events);
          s.articles += replaced;
          s.contents++;
          options.onProgress?.(s);
        }),
      );
    }
  } finally {
    await pool.close();
  }
  const now = await store.counts();
  s.mentionsAfter = now.mentions;
  s.eventsAfter = now.events;
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
