// The event store: `openStore` picks the adapter from the `--db` value. Today that is the embedded
// SQLite adapter (./sqlite.ts); a `postgres://` URL is refused until the PostgreSQL adapter exists.
import { openSqliteStore } from './sqlite.js';
import type { EventStore } from './types.js';

export {
  type ArticleHit,
  contentHash,
  type EventQuery,
  type EventStore,
  type FoldedEvent,
  type NetworkEdge,
  type PutResult,
  type StoredArticle,
} from './types.js';

/** Opens (creating when needed) the store at `path`: a SQLite file path or `sqlite:` URL. */
export function openStore(path = './dyad.db'): EventStore {
  if (/^postgres(ql)?:/.test(path))
    throw new Error(`${path}: the PostgreSQL store is not available in this build`);
  return openSqliteStore(path.replace(/^sqlite:(\/\/)?/, ''));
}
