// The shared store test suite: every adapter must pass it. Each test gets a fresh, empty store, and
// gives it back (a PostgreSQL store's schema is dropped) when it ends.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  actorNetwork,
  dyadSeries,
  plannedCalendar,
  planOutcomes,
  seriesFromRows,
  topEvents,
} from '../analysis/index.js';
import type { EventRecord } from '../core/event.js';
import { article, mention, shelling } from './test-helpers/fixtures.js';
import { syntheticEvents } from './test-helpers/synthetic.js';
import type { FreshStore, StoreTarget } from './test-helpers/targets.js';
import type { EventQuery, EventStore } from './types.js';

export { mention } from './test-helpers/fixtures.js';

/** Runs the suite against the stores `target` makes (a fresh one per test). */
export function storeSuite(target: StoreTarget): void {
  describe.skipIf(target.unavailable !== undefined)(`EventStore: ${target.name}`, () => {
    let open: FreshStore | undefined;
    const fresh = async (): Promise<EventStore> => {
      open = await target.fresh();
      return open.store;
    };
    afterEach(async () => {
      await open?.dispose();
      open = undefined;
    });

    it('stores an article with its mentions and reads them back', async () => {
      const s = await fresh();
      expect(await s.putArticle(article('a1'), [mention('a1-e0')])).toEqual({
        status: 'inserted',
        articleId: 'a1',
        mentions: 1,
      });
      expect(await s.counts()).toEqual({ articles: 1, mentions: 1, events: 1 });
      expect((await s.getEvent('a1-e0'))?.code).toBe('042');
      expect(await s.getEvent('nope')).toBeNull();
      expect(await s.getArticle('a1')).toMatchObject({ id: 'a1', title: 'Visit a1', source: 'wire' });
      expect(await s.getArticle('nope')).toBeNull();
    });

    it('skips the same content, replaces a changed article without duplicate mentions', async () => {
      const s = await fresh();
      await s.putArticle(article('a1'), [mention('a1-e0'), mention('a1-e1')]);
      expect((await s.putArticle(article('a1'), [mention('a1-e0')])).status).toBe('unchanged');
      expect(await s.hasArticle(article('a1'))).toBe(true);
      const changed = article('a1', { text: 'Japan and the US held talks.' });
      expect(await s.hasArticle(changed)).toBe(false);
      expect((await s.putArticle(changed, [mention('a1-e0', { code: '043' })])).status).toBe('replaced');
      expect(await s.counts()).toEqual({ articles: 1, mentions: 1, events: 1 });
      expect((await s.events()).map((e) => e.code)).toEqual(['043']);
      // The event of the replaced mentions is gone with them.
      expect((await s.foldedEvents()).map((e) => [e.code, e.numMentions])).toEqual([['043', 1]]);
    });

    it('keeps an article whole or not at all', async () => {
      const s = await fresh();
      const bad = { ...mention('a1-e0'), sentence: undefined } as unknown as EventRecord;
      await expect(s.putArticle(article('a1'), [mention('a1-e1'), bad])).rejects.toThrow();
      expect(await s.counts()).toEqual({ articles: 0, mentions: 0, events: 0 });
      // The store is still usable after the failed transaction.
      expect((await s.putArticle(article('a1'), [mention('a1-e1')])).status).toBe('inserted');
    });

    it('replaces the article stored under the same url', async () => {
      const s = await fresh();
      await s.putArticle(article('a1', { url: 'https://x.test/1' }), [mention('a1-e0')]);
      await s.putArticle(article('a2', { url: 'https://x.test/1', text: 'New text.' }), []);
      expect(await s.counts()).toEqual({ articles: 1, mentions: 0, events: 0 });
      expect(await s.getArticle('a1')).toBeNull();
    });

    it('stores concurrent puts whole', async () => {
      const s = await fresh();
      const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
      await Promise.all(
        ids.map((id) =>
          s.putArticle(article(id), [mention(`${id}-e0`, { article_id: id }), shelling(`${id}-e1`)]),
        ),
      );
      expect(await s.counts()).toEqual({ articles: 20, mentions: 40, events: 2 });
      expect((await s.foldedEvents()).map((e) => [e.code, e.numMentions, e.numArticles])).toEqual([
        ['190', 20, 20],
        ['042', 20, 20],
      ]);
    });

    it('stores a copy under another url as another article with the same mentions, uncoded', async () => {
      const s = await fresh();
      const original = article('a1', { url: 'https://wire.test/1' });
      await s.putArticle(original, [mention('a1-e0'), shelling('a1-e1')]);
      const copy = { ...original, id: 'b1', url: 'https://daily.test/1', source: 'daily' };
      expect(await s.putKnown(article('new'))).toBeNull();
      expect(await s.putKnown(original)).toMatchObject({ status: 'unchanged', mentions: 0 });
      // Same text under the same url (another id) is the same article.
      expect(await s.putKnown({ ...original, id: 'a1-again' })).toMatchObject({ status: 'unchanged' });
      expect(await s.putKnown(copy)).toEqual({ status: 'copied', articleId: 'b1', mentions: 2 });
      expect(await s.putKnown(copy)).toMatchObject({ status: 'unchanged' });
      expect(await s.hasArticle(copy)).toBe(true);
      expect(await s.counts()).toEqual({ articles: 2, mentions: 4, events: 2 });
      const copied = await s.events({ code: '19' });
      expect(copied.map((e) => e.article_id)).toEqual(['a1', 'b1']);
      expect(copied[1]!.id).not.toBe(copied[0]!.id);
      expect(
        (await s.foldedEvents()).map((e) => [e.code, e.numMentions, e.numArticles, e.numSources]),
      ).toEqual([
        ['190', 2, 2, 2],
        ['042', 2, 2, 2],
      ]);
      // Re-coding the content replaces the mentions of the original and of its copy, once each.
      expect(
        await s.replaceMentions((await s.getArticle('a1'))!.hash, [shelling('a1-e1', { code: '193' })]),
      ).toBe(2);
      expect(await s.counts()).toEqual({ articles: 2, mentions: 2, events: 1 });
      expect((await s.foldedEvents()).map((e) => [e.code, e.numMentions, e.numArticles])).toEqual([
        ['193', 2, 2],
      ]);
      expect((await s.contents(null, 10)).map((a) => a.id)).toEqual(['a1']);
    });

    describe('queries', () => {
      const load = async (): Promise<EventStore> => {
        const s = await fresh();
        await s.putArticle(article('a1'), [
          mention('a1-e0'),
          shelling('a1-e1'),
          mention('a1-e2', { code: '036', status: 'occurred', date: '2026-02-10', target: null }),
        ]);
        return s;
      };
      const ids = (events: EventRecord[]) => events.map((e) => e.id);
      const cases: Array<[string, EventQuery, string[]]> = [
        ['all, by date', {}, ['a1-e1', 'a1-e2', 'a1-e0']],
        ['newest first', { sort: '-date' }, ['a1-e0', 'a1-e2', 'a1-e1']],
        ['most hostile first, ties by date', { sort: 'goldstein' }, ['a1-e1', 'a1-e2', 'a1-e0']],
        ['actor prefix', { actor: 'JPN' }, ['a1-e2', 'a1-e0']],
        ['dyad either way', { dyad: ['UKR', 'RUS'] }, ['a1-e1']],
        ['code prefix', { code: '04' }, ['a1-e0']],
        ['QuadClass', { quadClass: 4 }, ['a1-e1']],
        ['status', { status: 'planned' }, ['a1-e0']],
        ['date range', { from: '2026-01-15', to: '2026-02' }, ['a1-e2']],
        ['to by prefix', { to: '2026' }, ['a1-e1', 'a1-e2', 'a1-e0']],
        ['place name', { place: 'kharkiv' }, ['a1-e1']],
        ['place country', { place: 'UKR' }, ['a1-e1']],
        ['text', { text: 'SHELLED' }, ['a1-e1']],
        ['text is literal', { text: "%' OR 1=1 --" }, []],
        ['actor is a parameter', { actor: "X' OR '1'='1" }, []],
        ['paged', { limit: 1, offset: 1 }, ['a1-e2']],
      ];
      it.each(cases)('%s', async (_name, q, want) => {
        expect(ids(await (await load()).events(q))).toEqual(want);
      });
      it('builds the directed network in the store', async () => {
        const s = await load();
        expect(await s.network()).toEqual([
          { source: 'JPNGOV', target: 'USA', weight: 1, goldstein: 1.9 },
          { source: 'RUS', target: 'UKR', weight: 1, goldstein: -10 },
        ]);
        expect(await s.network({ quadClass: 4, from: '2026-01' })).toEqual([
          { source: 'RUS', target: 'UKR', weight: 1, goldstein: -10 },
        ]);
        expect(await s.network({ to: '2025' })).toEqual([]);
      });
      it('counts actors', async () => {
        expect(await (await load()).actorCounts()).toEqual([
          { code: 'JPNGOV', events: 2 },
          { code: 'RUS', events: 1 },
          { code: 'UKR', events: 1 },
          { code: 'USA', events: 1 },
        ]);
      });
    });

    it('folds mentions into events counted as GDELT counts them, and the one-a-day view', async () => {
      const s = await fresh();
      const copy = (id: string, source: string) =>
        article(id, { source, url: `https://${source}.test/${id}`, title: `Copy ${id}` });
      const put = async () => {
        await s.putArticle(copy('a1', 'wire'), [mention('a1-e0'), mention('a1-e1', { sentence: 2 })]);
        await s.putArticle(copy('a2', 'reuters'), [mention('a2-e0', { article_id: 'a2' })]);
        await s.putArticle(copy('a3', 'wire'), [
          mention('a3-e0', { article_id: 'a3' }),
          mention('a3-e1', { article_id: 'a3', code: '043', sentence: 1 }),
        ]);
      };
      await put();
      await put(); // re-ingest: nothing changes
      // 043 (host a visit) is of 042's root family, same sides, same date: one event, which keeps the
      // code of its most specific mention (equal lengths and actors: the smallest code).
      const folded = await s.foldedEvents();
      expect(folded.map((e) => [e.code, e.numMentions, e.numArticles, e.numSources])).toEqual([
        ['042', 5, 3, 2],
      ]);
      expect(folded[0]).toMatchObject({
        source: 'JPNGOV',
        target: 'USA',
        date: '2026-03',
        status: 'planned',
        goldstein: 1.9,
        firstSeen: '2026-01-02',
      });
      const daily = await s.foldedEvents({}, { oneADay: true });
      expect(daily.map((e) => [e.code, e.numMentions, e.numArticles])).toEqual([['04', 5, 3]]);
      expect((await s.foldedEvents({ code: '043' })).map((e) => e.numMentions)).toEqual([]);
      expect((await s.foldedEvents({ text: 'washington', status: 'planned' })).length).toBe(1);
      expect(await s.foldedEvents({ place: 'Tokyo' })).toEqual([]);
    });

    describe('folding mentions of one real event across articles', () => {
      const actor = (code: string, country: string | null, role: string | null = null) => ({
        code,
        country,
        role,
        name: null,
        text: code,
      });
      const talks = (id: string, articleId: string, over: Partial<EventRecord> = {}): EventRecord =>
        mention(id, {
          article_id: articleId,
          status: 'occurred',
          source: actor('JPNGOV', 'JPN', 'GOV'),
          target: actor('USAGOV', 'USA', 'GOV'),
          code: '041',
          root: '04',
          date: '2026-01-02',
          date_precision: 'day',
          ...over,
        });
      const put = async (s: EventStore, items: Array<[string, string, EventRecord[]]>) => {
        for (const [id, source, events] of items)
          await s.putArticle(article(id, { source, url: `https://${source}.test/${id}` }), events);
      };
      const summary = async (s: EventStore) =>
        (await s.foldedEvents()).map((e) => [
          e.date,
          e.source,
          e.target,
          e.code,
          e.numMentions,
          e.numArticles,
          e.numSources,
        ]);
      const coarse = (id: string, articleId: string) =>
        talks(id, articleId, {
          source: actor('JPN', 'JPN'),
          target: actor('USA', 'USA'),
          code: '040',
          date: '2026-01',
          date_precision: 'month',
        });

      it('folds actors up to role, a leaf with its parent and a date inside another, in any order', async () => {
        const items: Array<[string, string, EventRecord[]]> = [
          ['b1', 'wire', [talks('b1-e0', 'b1')]],
          ['b2', 'daily', [coarse('b2-e0', 'b2')]],
        ];
        const want = [['2026-01-02', 'JPNGOV', 'USAGOV', '041', 2, 2, 2]];
        const s = await fresh();
        await put(s, items);
        expect(await summary(s)).toEqual(want);
        expect((await s.counts()).events).toBe(1);
        // The other order gives the same event (the most specific date, code and actors).
        const t = await target.fresh();
        try {
          await put(t.store, [...items].reverse());
          expect(await summary(t.store)).toEqual(want);
        } finally {
          await t.dispose();
        }
        // Dropping the specific mention leaves the coarse one as an event of its own.
        await s.putArticle(article('b1', { source: 'wire', url: 'https://wire.test/b1', text: 'x' }), []);
        expect(await summary(s)).toEqual([['2026-01', 'JPN', 'USA', '040', 1, 1, 1]]);
      });

      it('keeps apart other roots, incompatible dates, other statuses and reversed directed dyads', async () => {
        const s = await fresh();
        await put(s, [
          ['c1', 'wire', [talks('c1-e0', 'c1')]],
          ['c2', 'wire', [talks('c2-e0', 'c2', { code: '051', root: '05' })]],
          ['c3', 'wire', [talks('c3-e0', 'c3', { date: '2026-01-05' })]],
          ['c4', 'wire', [talks('c4-e0', 'c4', { status: 'planned' })]],
          [
            'c5',
            'wire',
            [
              talks('c5-e0', 'c5', {
                code: '111',
                root: '11',
                quad_class: 3,
                source: actor('USA', 'USA'),
                target: actor('JPN', 'JPN'),
              }),
            ],
          ],
          ['c6', 'wire', [talks('c6-e0', 'c6', { code: '111', root: '11', quad_class: 3 })]],
        ]);
        expect((await s.counts()).events).toBe(6);
        expect((await s.foldedEvents()).every((e) => e.numArticles === 1)).toBe(true);
      });

      it('a month beside two days of it folds into neither', async () => {
        const s = await fresh();
        await put(s, [
          ['d1', 'wire', [talks('d1-e0', 'd1')]],
          ['d2', 'wire', [talks('d2-e0', 'd2', { date: '2026-01-05' })]],
          ['d3', 'wire', [coarse('d3-e0', 'd3')]],
        ]);
        expect(await summary(s)).toEqual([
          ['2026-01', 'JPN', 'USA', '040', 1, 1, 1],
          ['2026-01-02', 'JPNGOV', 'USAGOV', '041', 1, 1, 1],
          ['2026-01-05', 'JPNGOV', 'USAGOV', '041', 1, 1, 1],
        ]);
      });

      it('folds a symmetric event reported in either direction', async () => {
        const s = await fresh();
        await put(s, [
          ['e1', 'wire', [talks('e1-e0', 'e1', { code: '040' })]],
          [
            'e2',
            'daily',
            [talks('e2-e0', 'e2', { code: '040', source: actor('USA', 'USA'), target: actor('JPN', 'JPN') })],
          ],
        ]);
        expect(await summary(s)).toEqual([['2026-01-02', 'JPNGOV', 'USAGOV', '040', 2, 2, 2]]);
      });

      it('folds undated mentions only with undated ones published within a day', async () => {
        const s = await fresh();
        const undated = (id: string, a: string) =>
          talks(id, a, { date: null, date_precision: null, date_source: 'none' });
        for (const [id, published] of [
          ['f1', '2026-01-02'],
          ['f2', '2026-01-03'],
          ['f3', '2026-01-04'],
        ] as const)
          await s.putArticle(article(id, { published, url: `https://w.test/${id}` }), [
            undated(`${id}-e0`, id),
          ]);
        await s.putArticle(article('f4', { url: 'https://w.test/f4' }), [talks('f4-e0', 'f4')]);
        expect((await s.foldedEvents()).map((e) => [e.date, e.numArticles, e.firstSeen])).toEqual([
          ['2026-01-02', 1, '2026-01-02'],
          [null, 2, '2026-01-02'],
          [null, 1, '2026-01-04'],
        ]);
      });
    });

    it('searches article text, treating query syntax as words', async () => {
      const s = await fresh();
      await s.putArticle(article('a1'), []);
      await s.putArticle(article('a2', { text: 'Ceasefire talks resumed in Doha.' }), []);
      expect((await s.searchArticles('doha ceasefire')).map((h) => h.id)).toEqual(['a2']);
      expect((await s.searchArticles('Washington')).map((h) => h.id)).toEqual(['a1']);
      expect((await s.searchArticles('Doha'))[0]?.snippet).toContain('[Doha]');
      expect(await s.searchArticles('"unbalanced OR (')).toEqual([]);
      expect(await s.searchArticles('')).toEqual([]);
      await s.putArticle(article('a2', { text: 'Other words now.' }), []);
      expect(await s.searchArticles('doha')).toEqual([]);
    });

    describe('aggregates in the store equal the analysis over every event', () => {
      let s: EventStore;
      let all: EventRecord[];
      beforeAll(async () => {
        s = await target.fresh().then((f) => {
          aggregates = f;
          return f.store;
        });
        for (const [a, events] of syntheticEvents(600, { perArticle: 20, days: 90, seed: 7 }))
          await s.putArticle(a, events);
        all = await s.events({ limit: 100_000 });
      });
      let aggregates: FreshStore | undefined;
      afterAll(async () => aggregates?.dispose());

      it.each(['day', 'week', 'month'] as const)('dyad series by %s', async (period) => {
        const by = period === 'month' ? 'month' : 'day';
        for (const dyad of [
          ['USA', 'JPN'],
          ['CHN', 'RUS'],
          ['ZZZ', 'USA'],
        ] as Array<[string, string]>) {
          const events = await s.events({ dyad, limit: 100_000 });
          const want = dyadSeries(events, { period, baseline: 4 });
          expect(seriesFromRows(await s.seriesRows({ dyad }, by), { period, baseline: 4 })).toEqual(want);
        }
        const series = seriesFromRows(await s.seriesRows({}, by), { period });
        expect(series).toEqual(dyadSeries(all, { period }));
        expect(series.reduce((n, p) => n + p.count, 0)).toBeGreaterThan(500);
      });

      it('network edges', async () => {
        const sorted = (edges: Array<{ source: string; target: string }>) =>
          [...edges].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
        for (const [q, o] of [
          [{}, {}],
          [{ quadClass: 4 }, { quad: 4 }],
          [
            { from: '2024-02-01', to: '2024-03' },
            { from: '2024-02-01', to: '2024-03' },
          ],
        ] as const) {
          const edges = await s.network(q);
          expect(sorted(edges)).toEqual(sorted(actorNetwork(all, o)));
          expect(edges.length).toBeGreaterThan(10);
        }
      });

      it('event lists with every filter, in order and paged', async () => {
        const has = (code: string | undefined, p: string) => code?.startsWith(p) ?? false;
        const cases: Array<[EventQuery, (e: EventRecord) => boolean]> = [
          [{ actor: 'usa' }, (e) => has(e.source.code, 'USA') || has(e.target?.code, 'USA')],
          [
            { dyad: ['JPN', 'USAGOV'] },
            (e) =>
              (has(e.source.code, 'JPN') && has(e.target?.code, 'USAGOV')) ||
              (has(e.source.code, 'USAGOV') && has(e.target?.code, 'JPN')),
          ],
          [{ code: '04' }, (e) => e.code.startsWith('04')],
          [{ code: '19' }, (e) => e.code.startsWith('19')],
          [{ to: '2024-02' }, (e) => e.date !== null && e.date.slice(0, 7) <= '2024-02'],
          [
            { from: '2024-02-10', to: '2024-02-20', status: 'occurred' },
            (e) =>
              e.status === 'occurred' &&
              !!e.date &&
              e.date >= '2024-02-10' &&
              e.date.slice(0, 10) <= '2024-02-20',
          ],
          [{ text: 'CEASEFIRE' }, (e) => e.evidence.text.toLowerCase().includes('ceasefire')],
        ];
        for (const [q, keep] of cases) {
          const want = all.filter(keep).map((e) => e.id);
          expect(want.length).toBeGreaterThan(0);
          expect((await s.events({ ...q, limit: 100_000 })).map((e) => e.id)).toEqual(want);
          expect((await s.events({ ...q, limit: 5, offset: 3 })).map((e) => e.id)).toEqual(want.slice(3, 8));
        }
      });

      it('top events', async () => {
        for (const [q, n] of [
          [{}, 10],
          [{ dyad: ['USA', 'CHN'] }, 5],
          [{ quadClass: 1 }, 3],
          [{ actor: 'ZZZ' }, 3],
        ] as Array<[EventQuery, number]>) {
          const events = await s.events({ ...q, limit: 100_000 });
          expect(topEvents(await s.strongest(q, n), n)).toEqual(topEvents(events, n));
        }
        expect((await s.strongest({}, 10)).length).toBeLessThan(all.length);
      });

      it('actor counts', async () => {
        const counts = new Map<string, number>();
        for (const e of all)
          for (const c of [e.source.code, e.target?.code]) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
        const got = await s.actorCounts();
        expect(new Map(got.map((a) => [a.code, a.events]))).toEqual(counts);
        expect(got.map((a) => a.events)).toEqual([...got.map((a) => a.events)].sort((a, b) => b - a));
      });

      it('planned calendar outcomes', async () => {
        const plans = await s.events({ status: 'planned', limit: 100_000 });
        const done = await s.outcomeRows(
          plans.map((p) => ({ source: p.source.code, target: p.target?.code ?? null })),
        );
        const got = planOutcomes(plans, done, '2024-03-01');
        const want = plannedCalendar(all, '2024-03-01');
        const key = (es: typeof got) => es.map((e) => [e.event.id, e.outcome, e.fulfilledBy]).sort();
        expect(key(got)).toEqual(key(want));
        expect(new Set(got.map((e) => e.outcome))).toEqual(new Set(['fulfilled', 'pending', 'overdue']));
      });
    });
  });
}
