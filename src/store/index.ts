// The event store: `openStore` picks the adapter from the `--db` value (a SQLite file, `:memory:` or a
// `sqlite:` URL; a `postgres://` URL is refused until the PostgreSQL adapter exists).
import { openSqliteStore } from './sqlite.js';
import type { EventStore } from './types.js';

export * from './types.js';

/** Opens (creating and migrating when needed) the store `db` names. */
export async function openStore(db = './dyad.db'): Promise<EventStore> {
  if (/^postgres(ql)?:/.test(db))
    throw new Error(`${db}: the PostgreSQL store is not available in this build`);
  return openSqliteStore(db.replace(/^sqlite:(\/\/)?/, ''));
}
