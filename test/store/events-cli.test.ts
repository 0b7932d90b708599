// `dyad events` over a small store: the store-side filters and sorting reach the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillStore, mention, shelling } from '../../src/store/test-helpers/fixtures.js';

const db = join(mkdtempSync(join(tmpdir(), 'dyad-events-')), 'events.db');
const dyad = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', 'events', '--db', db, ...args], { encoding: 'utf8' });

beforeAll(() =>
  fillStore(db, [
    [{ id: 'a1', text: 'Text.', published: '2026-01-02' }, [mention('a1-e0'), shelling('a1-e1')]],
  ]),
);

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
