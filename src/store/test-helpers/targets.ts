// The stores the shared suite runs against. Each `fresh()` gives a new, empty store and a `dispose`
// that closes it and removes what it made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export const storeTargets = async (): Promise<StoreTarget[]> => [sqliteTarget];
