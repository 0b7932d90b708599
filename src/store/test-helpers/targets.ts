// The stores the shared suite runs against. Each `fresh()` gives a new, empty store and a `dispose`
// that closes it and removes what it made: a SQLite file in a temporary folder, or a PostgreSQL schema
// of its own (dropped afterwards) in the server at DYAD_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../index.js';
import type { EventStore } from '../types.js';

export interface FreshStore {
  store: EventStore;
  /** The `--db` value that opens this store again (for the CLI). */
  db: string;
  dispose(): Promise<void>;
}

export interface StoreTarget {
  name: string;
  /** Why this target cannot run here, or undefined when it can. */
  unavailable?: string;
  fresh(): Promise<FreshStore>;
}

export const sqliteTarget: StoreTarget = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
    const db = join(dir, 'store.db');
    const store = await openStore(db);
    return {
      store,
      db,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const PG_TEST_URL = process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Undefined when the test server answers; else why not. With DYAD_REQUIRE_PG set (CI), it throws. */
export async function pgUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    const why = `PostgreSQL at ${PG_TEST_URL} is unreachable (${(err as Error).message}): PostgreSQL store tests skipped`;
    if (process.env.DYAD_REQUIRE_PG) throw new Error(`${why} — but DYAD_REQUIRE_PG is set`);
    process.stderr.write(`${why}\n`);
    return why;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new, empty schema in the test server: its `--db` URL, and `drop` to remove it and all it holds. */
export async function pgSchema(): Promise<{ db: string; drop(): Promise<void> }> {
  const schema = `dyad_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const u = new URL(PG_TEST_URL);
  u.searchParams.set('schema', schema);
  return {
    db: u.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function postgresTarget(): Promise<StoreTarget> {
  const unavailable = await pgUnavailable();
  return {
    name: 'postgres',
    ...(unavailable !== undefined && { unavailable }),
    async fresh() {
      const { db, drop } = await pgSchema();
      const store = await openStore(db);
      return {
        store,
        db,
        async dispose() {
          await store.close();
          await drop();
        },
      };
    },
  };
}

export const storeTargets = async (): Promise<StoreTarget[]> => [sqliteTarget, await postgresTarget()];
