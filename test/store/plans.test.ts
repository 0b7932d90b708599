// Plans tracked to outcomes over the seed article as coded and stored: its planned spring visit to the
// United States is stored as `planned`, fulfilled by nothing, pending in January and overdue in July.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plannedCalendar } from '../../src/analysis/index.js';
import type { Article } from '../../src/core/article.js';
import { codeArticle } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

const seed = readFileSync('samples/articles.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article)
  .find((a) => a.id === 'seed-001')!;

describe('plans tracked to outcomes (seed article)', async () => {
  const store = await openStore(':memory:');
  await store.putArticle(seed, codeArticle(seed).events);
  const spring = (await store.events({ status: 'planned', dyad: ['JPN', 'USA'] })).find(
    (e) => e.date === '2026-SP',
  );
  const entry = async (asOf: string) =>
    plannedCalendar(
      [
        ...(await store.events({ status: 'planned' })),
        ...(await store.events({ status: 'occurred', dyad: ['JPN', 'USA'] })),
      ],
      asOf,
    ).find((c) => c.event.id === spring?.id);

  it('stores the spring visit as planned', () => {
    expect(spring?.status).toBe('planned');
    expect(spring?.source.code).toMatch(/^JPN/);
  });
  it('links it to nothing: pending in January, overdue as of 2026-07-01', async () => {
    expect(await entry('2026-01-03')).toMatchObject({ outcome: 'pending', fulfilledBy: null });
    expect(await entry('2026-07-01')).toMatchObject({ outcome: 'overdue', fulfilledBy: null });
  });
  it('is fulfilled once a matching visit occurs in spring', async () => {
    const visit = {
      ...spring!,
      id: 'later-e0',
      article_id: 'later',
      status: 'occurred' as const,
      code: '042',
      root: '04',
      rules: [],
      date: '2026-03-20',
    };
    await store.putArticle({ id: 'later', text: 'Takaichi visited Washington.', published: '2026-03-21' }, [
      visit,
    ]);
    expect(await entry('2026-07-01')).toMatchObject({ outcome: 'fulfilled', fulfilledBy: 'later-e0' });
  });
});
