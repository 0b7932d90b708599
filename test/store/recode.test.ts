// `dyad recode`: stored articles coded again with the engine as it is now replace their stale mentions
// (and their copies'), once each, with the events recounted; a second run changes nothing; a failing
// replacement leaves the old mentions. Against every store.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import type { EventRecord } from '../../src/core/event.js';
import { packageRoot } from '../../src/core/paths.js';
import { recodeStore } from '../../src/ingest/recode.js';
import { codeArticle, loadEngine } from '../../src/pipeline/index.js';
import { mention } from '../../src/store/test-helpers/fixtures.js';
import { type FreshStore, storeTargets } from '../../src/store/test-helpers/targets.js';

const articles = readFileSync(join(packageRoot, 'samples', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 8)
  .map((l) => JSON.parse(l) as Article);
const engine = loadEngine();
const coded = new Map(articles.map((a) => [a.id, codeArticle(a, { engine }).events]));
/** What was coded, per article, whatever the mention ids (a copy's are its own). */
const coding = (events: EventRecord[]) =>
  events
    .map((e) => [e.article_id, e.sentence, e.source.code, e.target?.code, e.code, e.date, e.status].join('|'))
    .sort();
const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');

for (const target of await storeTargets()) {
  describe.skipIf(target.unavailable !== undefined)(`dyad recode: ${target.name}`, () => {
    let open: FreshStore;
    beforeAll(async () => {
      open = await target.fresh();
      // Stale coding: one wrong mention per article (as an older dictionary might have coded it).
      for (const a of articles)
        await open.store.putArticle(a, [
          mention(`${a.id}-stale`, { article_id: a.id, code: '010', root: '01' }),
        ]);
      // A copy of the first article under another url.
      const copy = { ...articles[0]!, id: 'copy-0', url: 'https://mirror.test/0' };
      expect((await open.store.putKnown(copy))?.status).toBe('copied');
    });
    afterAll(() => open?.dispose());

    it('replaces every stale mention, the copy included, and recounts the events', async () => {
      const s = await recodeStore(open.store, { workers: 1 });
      const want = [...coded.values()].flat();
      const first = coded.get(articles[0]!.id)!;
      expect(s).toMatchObject({ contents: articles.length, articles: articles.length + 1, failed: 0 });
      expect(s.mentionsAfter).toBe(want.length + first.length);
      const stored = await open.store.events({ limit: 100_000 });
      expect(stored.filter((e) => e.code === '010' && e.id.endsWith('-stale'))).toEqual([]);
      expect(coding(stored.filter((e) => e.article_id !== 'copy-0'))).toEqual(coding(want));
      expect(stored.filter((e) => e.article_id === 'copy-0')).toHaveLength(first.length);
      const folded = await open.store.foldedEvents({ limit: 100_000 });
      expect(folded.reduce((n, e) => n + e.numMentions, 0)).toBe(s.mentionsAfter);
      expect(s.eventsAfter).toBe(folded.length);
    });

    it('a second run (on the command line) changes nothing', async () => {
      const before = await open.store.counts();
      const r = spawnSync(
        tsx,
        [join(packageRoot, 'src', 'cli', 'main.ts'), 'recode', '--db', open.db, '-w', '1'],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        new RegExp(`^${articles.length} contents re-coded \\(${articles.length + 1} articles`),
      );
      expect(await open.store.counts()).toEqual(before);
    });

    it('a replacement that fails leaves the old mentions', async () => {
      const before = await open.store.counts();
      const hash = (await open.store.getArticle(articles[1]!.id))!.hash;
      const bad = { ...mention('x'), sentence: undefined } as unknown as EventRecord;
      await expect(open.store.replaceMentions(hash, [mention('ok'), bad])).rejects.toThrow();
      expect(await open.store.counts()).toEqual(before);
    });
  });
}
