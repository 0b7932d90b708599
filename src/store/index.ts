// The event store: `openStore` picks the adapter from the `--db` value: a `postgres://` (or
// `postgresql://`) URL opens the PostgreSQL adapter, anything else is a SQLite file, `:memory:` or a
// `sqlite:` URL.
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { EventStore } from './types.js';

export * from './types.js';

/** True when `db` names a PostgreSQL store. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

/** Opens (creating and migrating when needed) the store `db` names. */
export async function openStore(db = './dyad.db'): Promise<EventStore> {
  if (isPostgresUrl(db)) return openPostgresStore(db);
  return openSqliteStore(db.replace(/^sqlite:(\/\/)?/, ''));
}
