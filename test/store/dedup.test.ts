// Deduplication over the dev articles, against every store: ingesting them twice changes nothing;
// copies under other urls (the same text syndicated) add articles and mentions, as GDELT counts them,
// without being coded again and without adding events; sources grow only for a new outlet.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import { packageRoot } from '../../src/core/paths.js';
import { runIngest } from '../../src/ingest/run.js';
import type { FoldedEvent } from '../../src/store/index.js';
import { type FreshStore, storeTargets } from '../../src/store/test-helpers/targets.js';

// The dev set (../shared/eval/dev.jsonl); samples/articles.jsonl holds the same 30 articles when the
// shared folder is absent.
const shared = join(packageRoot, '..', 'shared', 'eval', 'dev.jsonl');
const devFile = existsSync(shared) ? shared : join(packageRoot, 'samples', 'articles.jsonl');
const dev = readFileSync(devFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const { id, text, published, title, source } = JSON.parse(l) as Article;
    return { id, text, published, title, source } as Article;
  });

const dir = mkdtempSync(join(tmpdir(), 'dyad-dedup-'));
const write = (name: string, articles: Article[]): string => {
  const file = join(dir, name);
  writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  return file;
};
const originals = write('dev.jsonl', dev);
const sameOutlet = write(
  'mirror.jsonl',
  dev.map((a) => ({ ...a, id: `${a.id}~mirror`, url: `https://mirror.test/${a.id}` })),
);
const newOutlet = write(
  'other.jsonl',
  dev.map((a) => ({ ...a, id: `${a.id}~other`, url: `https://other.test/${a.id}`, source: 'other-outlet' })),
);

// Two copies of each article in one file: the second waits for the first to be coded, then is a copy.
const together = write(
  'together.jsonl',
  dev.flatMap((a) => [
    { ...a, id: `${a.id}~one`, url: `https://one.test/${a.id}`, source: 'one' },
    { ...a, id: `${a.id}~two`, url: `https://two.test/${a.id}`, source: 'two' },
  ]),
);

type Counts = Map<string, [number, number, number]>;
const countsOf = (events: FoldedEvent[]): Counts =>
  new Map(
    events.map((e) => [
      `${e.date}|${e.source}|${e.target}|${e.code}|${e.status}`,
      [e.numMentions, e.numArticles, e.numSources],
    ]),
  );

for (const target of await storeTargets()) {
  describe.skipIf(target.unavailable !== undefined)(`dedup over the dev articles: ${target.name}`, () => {
    let open: FreshStore;
    const ingest = (file: string) => runIngest([file], open.store, { workers: 1 });
    const folded = async () => countsOf(await open.store.foldedEvents({ limit: 1_000_000 }));
    let first: Counts;
    let mentions: number;
    beforeAll(async () => {
      open = await target.fresh();
    });
    afterAll(() => open?.dispose());

    it('ingests the dev articles; a second ingest changes nothing', async () => {
      const s1 = await ingest(originals);
      expect(s1).toMatchObject({ inserted: dev.length, copied: 0, failed: {} });
      first = await folded();
      const c = await open.store.counts();
      mentions = c.mentions;
      expect(c).toMatchObject({ articles: dev.length, events: first.size });
      expect(first.size).toBeGreaterThan(20);
      // Every event is counted over its own mentions: the folded mentions add up to all mentions.
      expect([...first.values()].reduce((n, [m]) => n + m, 0)).toBe(mentions);
      const s2 = await ingest(originals);
      expect(s2).toMatchObject({ inserted: 0, unchanged: dev.length, copied: 0, events: 0 });
      expect(await folded()).toEqual(first);
    });

    it('copies under other urls of the same outlet: more mentions and articles, same events and sources', async () => {
      const s = await ingest(sameOutlet);
      expect(s).toMatchObject({ inserted: 0, copied: dev.length, events: mentions });
      const now = await folded();
      expect([...now.keys()]).toEqual([...first.keys()]);
      for (const [key, [m, a, src]] of first) expect(now.get(key)).toEqual([2 * m, 2 * a, src]);
      expect(await open.store.counts()).toEqual({
        articles: 2 * dev.length,
        mentions: 2 * mentions,
        events: first.size,
      });
    });

    it('copies from a new outlet add a source; re-ingesting copies changes nothing', async () => {
      expect(await ingest(newOutlet)).toMatchObject({ inserted: 0, copied: dev.length });
      expect(await ingest(sameOutlet)).toMatchObject({ unchanged: dev.length, copied: 0, events: 0 });
      const now = await folded();
      expect(now.size).toBe(first.size);
      for (const [key, [m, a, src]] of first) expect(now.get(key)).toEqual([3 * m, 3 * a, src + 1]);
      expect(await open.store.counts()).toEqual({
        articles: 3 * dev.length,
        mentions: 3 * mentions,
        events: first.size,
      });
    });

    it('codes two copies read in the same run once', async () => {
      const fresh = await target.fresh();
      try {
        const s = await runIngest([together], fresh.store, { workers: 2 });
        expect(s).toMatchObject({
          inserted: dev.length,
          copied: dev.length,
          events: 2 * mentions,
          failed: {},
        });
        const now = countsOf(await fresh.store.foldedEvents({ limit: 1_000_000 }));
        for (const [key, [m, a]] of first) expect(now.get(key)).toEqual([2 * m, 2 * a, 2]);
      } finally {
        await fresh.dispose();
      }
    });
  });
}
