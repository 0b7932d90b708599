// `dyad events` over a small store: the store-side filters and sorting reach the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { mention } from '../../src/store/store.suite.js';

const db = join(mkdtempSync(join(tmpdir(), 'dyad-events-')), 'events.db');
const dyad = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', 'events', '--db', db, ...args], { encoding: 'utf8' });

beforeAll(() => {
  const store = openStore(db);
  store.putArticle({ id: 'a1', text: 'Text.', published: '2026-01-02' }, [
    mention('a1-e0'),
    mention('a1-e1', {
      code: '190',
      root: '19',
      quad_class: 4,
      goldstein: -10,
      status: 'occurred',
      date: '2026-01-01',
      evidence: { text: 'Russia shelled Kharkiv.', start: 0, end: 23 },
      location: { place: 'Kharkiv', country: 'UKR', lat: null, lon: null },
    }),
  ]);
  store.close();
});

describe('dyad events', () => {
  const ids = (args: string[]) =>
    (
      JSON.parse(
        execFileSync('npx', ['tsx', 'src/cli/main.ts', 'events', '--db', db, '-f', 'json', ...args], {
          encoding: 'utf8',
        }),
      ) as Array<{ id: string }>
    ).map((e) => e.id);
  it('filters by QuadClass, place and text, and sorts', () => {
    expect(ids(['--quad', '4'])).toEqual(['a1-e1']);
    expect(ids(['--place', 'UKR', '--text', 'shelled'])).toEqual(['a1-e1']);
    expect(ids(['--sort', '-date'])).toEqual(['a1-e0', 'a1-e1']);
  });
  it('prints folded events with their counts', () => {
    const r = dyad('--folded', '--code', '19');
    expect(JSON.parse(r.stdout)).toMatchObject([
      { code: '190', numMentions: 1, numArticles: 1, numSources: 1 },
    ]);
  });
  it('refuses a bad QuadClass or sort with exit 2', () => {
    expect(dyad('--quad', '5').status).toBe(2);
    expect(dyad('--sort', 'random').status).toBe(2);
  });
});
