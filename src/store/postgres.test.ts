// PostgreSQL-only behaviour: recorded migrations applied once under concurrent opens, schema names
// checked, and the CLI storing into a PostgreSQL URL exactly what it stores into SQLite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { PG_MIGRATIONS, parsePgUrl } from './postgres.js';
import { pgSchema, pgUnavailable } from './test-helpers/targets.js';

const unavailable = await pgUnavailable();
const dyad = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('parsePgUrl', () => {
  it('takes the schema out of the URL and refuses one that is not a plain identifier', () => {
    expect(parsePgUrl('postgres://u@h:5432/db?schema=dyad_x')).toEqual({
      connectionString: 'postgres://u@h:5432/db',
      schema: 'dyad_x',
    });
    expect(parsePgUrl('postgres://u@h/db').schema).toBe('public');
    expect(() => parsePgUrl('postgres://u@h/db?schema=x";DROP')).toThrow(/identifier/);
  });
});

describe.skipIf(unavailable !== undefined)('PostgreSQL store', () => {
  it('applies each migration once when several processes open a new store at the same time', async () => {
    const { db, drop } = await pgSchema();
    try {
      const stores = await Promise.all([openStore(db), openStore(db), openStore(db)]);
      await Promise.all(stores.map((s) => s.close()));
      const { connectionString, schema } = parsePgUrl(db);
      const client = new pg.Client({ connectionString });
      await client.connect();
      const rows = await client.query(`SELECT version FROM "${schema}".dyad_migrations ORDER BY version`);
      await client.end();
      expect(rows.rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await drop();
    }
  });

  it('dyad ingest and dyad events over --db postgres://… store what SQLite stores', async () => {
    const { db, drop } = await pgSchema();
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-pg-')), 'same.db');
    try {
      for (const target of [db, file]) {
        const r = dyad('ingest', '--db', target, '-w', '1', '-q', 'samples/articles.jsonl');
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      const [p, s] = [await openStore(db), await openStore(file)];
      expect(await p.counts()).toEqual(await s.counts());
      expect((await p.events({ limit: 10_000 })).map((e) => e.id)).toEqual(
        (await s.events({ limit: 10_000 })).map((e) => e.id),
      );
      await Promise.all([p.close(), s.close()]);
      const r = dyad('events', '--db', db, '--dyad', 'JPN,USA', '-f', 'json');
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      await drop();
    }
  });
});
