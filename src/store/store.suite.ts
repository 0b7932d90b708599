// The shared store test suite: every adapter must pass it. Each test gets a fresh, empty store.
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../core/article.js';
import type { EventRecord } from '../core/event.js';
import type { EventStore } from './types.js';

const article = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  text: `Japan's foreign minister will visit Washington in spring. Article ${id}.`,
  published: '2026-01-02',
  title: `Visit ${id}`,
  source: 'wire',
  ...over,
});

export const mention = (id: string, over: Partial<EventRecord> = {}): EventRecord => ({
  id,
  article_id: 'a1',
  sentence: 0,
  evidence: { text: "Japan's foreign minister will visit Washington.", start: 0, end: 47 },
  source: { code: 'JPNGOV', country: 'JPN', role: 'GOV', name: null, text: 'Japan' },
  target: { code: 'USA', country: 'USA', role: null, name: null, text: 'Washington' },
  code: '042',
  root: '04',
  quad_class: 1,
  goldstein: 1.9,
  plover: { event: 'CONSULT', mode: 'visit' },
  date: '2026-03',
  date_precision: 'month',
  date_source: 'expression',
  status: 'planned',
  hedged: false,
  location: null,
  confidence: 0.8,
  rules: [],
  ...over,
});

/** Runs the suite against stores made by `open` (a fresh store per test). */
export function storeSuite(name: string, open: () => EventStore): void {
  describe(`EventStore: ${name}`, () => {
    let store: EventStore | undefined;
    const fresh = (): EventStore => {
      store = open();
      return store;
    };
    afterEach(() => store?.close());

    it('stores an article with its mentions and reads them back', () => {
      const s = fresh();
      expect(s.putArticle(article('a1'), [mention('a1-e0')])).toEqual({
        status: 'inserted',
        articleId: 'a1',
      });
      expect(s.counts()).toEqual({ articles: 1, events: 1 });
      expect(s.getEvent('a1-e0')?.code).toBe('042');
      expect(s.getEvent('nope')).toBeNull();
      expect(s.getArticle('a1')).toMatchObject({ id: 'a1', title: 'Visit a1', source: 'wire' });
      expect(s.getArticle('nope')).toBeNull();
    });

    it('skips the same content, replaces a changed article without duplicate mentions', () => {
      const s = fresh();
      s.putArticle(article('a1'), [mention('a1-e0'), mention('a1-e1')]);
      expect(s.putArticle(article('a1'), [mention('a1-e0')]).status).toBe('unchanged');
      expect(s.hasArticle(article('a1'))).toBe(true);
      const changed = article('a1', { text: 'Japan and the US held talks.' });
      expect(s.hasArticle(changed)).toBe(false);
      expect(s.putArticle(changed, [mention('a1-e0', { code: '043' })]).status).toBe('replaced');
      expect(s.counts()).toEqual({ articles: 1, events: 1 });
      expect(s.events().map((e) => e.code)).toEqual(['043']);
    });

    it('keeps an article whole or not at all', () => {
      const s = fresh();
      const bad = { ...mention('a1-e0'), sentence: undefined } as unknown as EventRecord;
      expect(() => s.putArticle(article('a1'), [mention('a1-e1'), bad])).toThrow();
      expect(s.counts()).toEqual({ articles: 0, events: 0 });
    });

    it('replaces the article stored under the same url', () => {
      const s = fresh();
      s.putArticle(article('a1', { url: 'https://x.test/1' }), [mention('a1-e0')]);
      s.putArticle(article('a2', { url: 'https://x.test/1', text: 'New text.' }), []);
      expect(s.counts()).toEqual({ articles: 1, events: 0 });
      expect(s.getArticle('a1')).toBeNull();
    });

    describe('queries', () => {
      const load = (): EventStore => {
        const s = fresh();
        s.putArticle(article('a1'), [
          mention('a1-e0'),
          mention('a1-e1', {
            code: '190',
            root: '19',
            quad_class: 4,
            goldstein: -10,
            status: 'occurred',
            date: '2026-01-01',
            source: { code: 'RUS', country: 'RUS', role: null, name: null, text: 'Russia' },
            target: { code: 'UKR', country: 'UKR', role: null, name: null, text: 'Ukraine' },
            evidence: { text: 'Russia shelled Kharkiv.', start: 0, end: 23 },
            location: { place: 'Kharkiv', country: 'UKR', lat: 50, lon: 36.2 },
          }),
          mention('a1-e2', { code: '036', status: 'occurred', date: '2026-02-10', target: null }),
        ]);
        return s;
      };
      const ids = (events: EventRecord[]) => events.map((e) => e.id);
      const cases: Array<[string, Parameters<EventStore['events']>[0], string[]]> = [
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
        ['paged', { limit: 1, offset: 1 }, ['a1-e2']],
      ];
      it.each(cases)('%s', (_name, q, want) => {
        expect(ids(load().events(q))).toEqual(want);
      });
      it('builds the directed network in the store', () => {
        expect(load().network()).toEqual([
          { source: 'JPNGOV', target: 'USA', weight: 1, goldstein: 1.9 },
          { source: 'RUS', target: 'UKR', weight: 1, goldstein: -10 },
        ]);
        expect(load().network({ quadClass: 4, from: '2026-01' })).toEqual([
          { source: 'RUS', target: 'UKR', weight: 1, goldstein: -10 },
        ]);
        expect(load().network({ to: '2025' })).toEqual([]);
      });
      it('counts actors', () => {
        expect(load().actorCounts()).toEqual([
          { code: 'JPNGOV', events: 2 },
          { code: 'RUS', events: 1 },
          { code: 'UKR', events: 1 },
          { code: 'USA', events: 1 },
        ]);
      });
    });

    it('folds mentions into events counted as GDELT counts them, and the one-a-day view', () => {
      const s = fresh();
      const copy = (id: string, source: string) =>
        article(id, { source, url: `https://${source}.test/${id}`, title: `Copy ${id}` });
      const put = () => {
        s.putArticle(copy('a1', 'wire'), [mention('a1-e0'), mention('a1-e1', { sentence: 2 })]);
        s.putArticle(copy('a2', 'reuters'), [mention('a2-e0', { article_id: 'a2' })]);
        s.putArticle(copy('a3', 'wire'), [
          mention('a3-e0', { article_id: 'a3' }),
          mention('a3-e1', { article_id: 'a3', code: '043', sentence: 1 }),
        ]);
      };
      put();
      put(); // re-ingest: nothing changes
      const folded = s.foldedEvents();
      expect(folded.map((e) => [e.code, e.numMentions, e.numArticles, e.numSources])).toEqual([
        ['042', 4, 3, 2],
        ['043', 1, 1, 1],
      ]);
      expect(folded[0]).toMatchObject({
        source: 'JPNGOV',
        target: 'USA',
        date: '2026-03',
        status: 'planned',
      });
      const daily = s.foldedEvents({}, { oneADay: true });
      expect(daily.map((e) => [e.code, e.numMentions, e.numArticles])).toEqual([['04', 5, 3]]);
      expect(s.foldedEvents({ code: '043' }).map((e) => e.numMentions)).toEqual([1]);
    });

    it('searches article text, treating query syntax as words', () => {
      const s = fresh();
      s.putArticle(article('a1'), []);
      s.putArticle(article('a2', { text: 'Ceasefire talks resumed in Doha.' }), []);
      expect(s.searchArticles('doha ceasefire').map((h) => h.id)).toEqual(['a2']);
      expect(s.searchArticles('Washington').map((h) => h.id)).toEqual(['a1']);
      expect(s.searchArticles('"unbalanced OR (')).toEqual([]);
      expect(s.searchArticles('')).toEqual([]);
      s.putArticle(article('a2', { text: 'Other words now.' }), []);
      expect(s.searchArticles('doha')).toEqual([]);
    });
  });
}
