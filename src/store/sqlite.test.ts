import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { SQLITE_MIGRATIONS } from './sqlite.js';
import { mention } from './test-helpers/fixtures.js';

describe('sqlite migrations', () => {
  it('upgrades a store made by the interim schema (version 0) and keeps its data', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'old.db');
    const old = new Database(file);
    old.exec(SQLITE_MIGRATIONS[0]!);
    const e = mention('a1-e0', { location: { place: 'Tokyo', country: 'JPN', lat: null, lon: null } });
    old
      .prepare(
        "INSERT INTO articles (id, hash, published, text) VALUES ('a1', 'h', '2026-01-02', 'Talks in Tokyo.')",
      )
      .run();
    old
      .prepare(
        `INSERT INTO mentions (id, article_id, sentence, source_code, target_code, code, root, quad_class, status, date, record)
         VALUES ('a1-e0', 'a1', 0, 'JPNGOV', 'USA', '042', '04', 1, 'planned', '2026-03', ?)`,
      )
      .run(JSON.stringify(e));
    old.close();
    const store = await openStore(file);
    expect((await store.events({ place: 'tokyo' })).map((x) => x.id)).toEqual(['a1-e0']);
    expect((await store.searchArticles('tokyo')).map((h) => h.id)).toEqual(['a1']);
    expect((await store.foldedEvents()).map((f) => [f.code, f.numMentions, f.numArticles])).toEqual([
      ['042', 1, 1],
    ]);
    await store.close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    db.close();
    // Opening again runs nothing twice.
    await (await openStore(file)).close();
  });
});
