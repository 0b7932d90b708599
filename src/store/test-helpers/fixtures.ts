// Articles and event mentions the store tests share (the suite, the CLI and export tests), and a helper
// that fills a store with them.
import type { Article } from '../../core/article.js';
import type { EventRecord } from '../../core/event.js';
import { openStore } from '../index.js';

export const article = (id: string, over: Partial<Article> = {}): Article => ({
  id,
  text: `Japan's foreign minister will visit Washington in spring. Article ${id}.`,
  published: '2026-01-02',
  title: `Visit ${id}`,
  source: 'wire',
  ...over,
});

/** A planned JPNGOV → USA visit (042) dated 2026-03, in article a1 unless `over` says otherwise. */
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

/** An occurred RUS → UKR shelling (190, QuadClass 4) at Kharkiv on 2026-01-01. */
export const shelling = (id: string, over: Partial<EventRecord> = {}): EventRecord =>
  mention(id, {
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
    ...over,
  });

/** Opens the store `db`, stores each article with its mentions, closes it. */
export async function fillStore(
  db: string,
  items: ReadonlyArray<[Article, readonly EventRecord[]]>,
): Promise<void> {
  const store = await openStore(db);
  try {
    for (const [a, events] of items) await store.putArticle(a, events);
  } finally {
    await store.close();
  }
}
