// The embedded SQLite adapter of `EventStore` (better-sqlite3): a dialect of the SQL core (./sql.ts)
// and SQLite's own schema. The schema is versioned with
// `PRAGMA user_version`: each migration runs once, in order, inside a transaction, so a store made by an
// older build (the interim store had version 0 and migration 1's tables) opens and is upgraded in place.
import Database from 'better-sqlite3';
import { type Arg, type Dialect, EVENT_KEY_SQL, type Sql, sqlStore } from './sql.js';
import type { ArticleHit, EventStore } from './types.js';

/** Migrations, in order; index i brings a store from version i to i + 1. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: articles and mentions (the interim store's schema; IF NOT EXISTS adopts such stores).
  `CREATE TABLE IF NOT EXISTS articles (
     id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, url TEXT, title TEXT, source TEXT,
     published TEXT NOT NULL, text TEXT NOT NULL, stored_at TEXT NOT NULL DEFAULT (datetime('now')));
   CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;
   CREATE TABLE IF NOT EXISTS mentions (
     id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     sentence INTEGER NOT NULL, source_code TEXT NOT NULL, target_code TEXT, code TEXT NOT NULL,
     root TEXT NOT NULL, quad_class INTEGER NOT NULL, status TEXT NOT NULL, date TEXT, record TEXT NOT NULL,
     PRIMARY KEY (article_id, id));
   CREATE INDEX IF NOT EXISTS mentions_source ON mentions(source_code);
   CREATE INDEX IF NOT EXISTS mentions_target ON mentions(target_code);
   CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code);
   CREATE INDEX IF NOT EXISTS mentions_date ON mentions(date);`,
  // 2: article language; mention columns for place, Goldstein and evidence (filled from the stored
  // records), a global mention id index, and FTS5 over article titles and texts kept by triggers.
  `ALTER TABLE articles ADD COLUMN language TEXT;
   ALTER TABLE mentions ADD COLUMN goldstein REAL;
   ALTER TABLE mentions ADD COLUMN place TEXT;
   ALTER TABLE mentions ADD COLUMN country TEXT;
   ALTER TABLE mentions ADD COLUMN evidence TEXT;
   UPDATE mentions SET goldstein = json_extract(record, '$.goldstein'),
     place = json_extract(record, '$.location.place'), country = json_extract(record, '$.location.country'),
     evidence = json_extract(record, '$.evidence.text');
   CREATE INDEX mentions_id ON mentions(id);
   CREATE INDEX mentions_quad ON mentions(quad_class, date);
   CREATE INDEX mentions_status ON mentions(status, date);
   CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
   INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
   CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
   CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;`,
  // 3: copies of one content under other urls are articles of their own (hash no longer unique: the
  // table is rebuilt with the same rowids, so the FTS index stays valid); the events table (mentions
  // folded by date, source, target, code and status, with GDELT's counts) and each mention's event.
  `CREATE TABLE articles_v3 (
     id TEXT PRIMARY KEY, hash TEXT NOT NULL, url TEXT, title TEXT, source TEXT, published TEXT NOT NULL,
     text TEXT NOT NULL, stored_at TEXT NOT NULL DEFAULT (datetime('now')), language TEXT);
   INSERT INTO articles_v3 (rowid, id, hash, url, title, source, published, text, stored_at, language)
     SELECT rowid, id, hash, url, title, source, published, text, stored_at, language FROM articles;
   DROP TRIGGER articles_fts_ai;
   DROP TRIGGER articles_fts_ad;
   DROP TABLE articles;
   ALTER TABLE articles_v3 RENAME TO articles;
   CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
   CREATE INDEX articles_hash ON articles(hash);
   CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
   CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END;
   ALTER TABLE mentions ADD COLUMN event_id TEXT;
   UPDATE mentions SET event_id = ${EVENT_KEY_SQL};
   CREATE INDEX mentions_event ON mentions(event_id);
   CREATE TABLE events (
     id TEXT PRIMARY KEY, date TEXT, source_code TEXT NOT NULL, target_code TEXT, code TEXT NOT NULL,
     root TEXT NOT NULL, quad_class INTEGER NOT NULL, status TEXT NOT NULL, goldstein REAL,
     num_mentions INTEGER NOT NULL DEFAULT 0, num_articles INTEGER NOT NULL DEFAULT 0,
     num_sources INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT, example_id TEXT);
   INSERT INTO events (id, date, source_code, target_code, code, root, quad_class, status, goldstein,
       num_mentions, num_articles, num_sources, first_seen, last_seen, example_id)
     SELECT m.event_id, min(m.date), min(m.source_code), min(m.target_code), min(m.code), min(m.root),
       min(m.quad_class), min(m.status), round(avg(m.goldstein), 2), count(*), count(DISTINCT m.article_id),
       count(DISTINCT coalesce(a.source, a.url, a.id)), min(a.published), max(a.published), min(m.id)
     FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.event_id;
   CREATE INDEX events_date ON events(date);
   CREATE INDEX events_source ON events(source_code);
   CREATE INDEX events_target ON events(target_code);
   CREATE INDEX events_code ON events(code);
   CREATE INDEX events_status ON events(status, date);
   CREATE INDEX events_quad ON events(quad_class, date);`,
  // 4: indexes the API's reads are answered from: a dyad (either way) or an actor with dates, QuadClass,
  // root and Goldstein (series, network and a list's page found in the index alone), and the list order.
  `CREATE INDEX mentions_dyad ON mentions(source_code, target_code, date, quad_class, root, goldstein,
     status, code, article_id, sentence, id);
   CREATE INDEX mentions_dyad_back ON mentions(target_code, source_code, date, quad_class, root, goldstein,
     status, code, article_id, sentence, id);
   CREATE INDEX mentions_order ON mentions(date IS NULL, date, article_id, sentence, id);`,
  // 5: a trigram index over the evidence sentences, kept by triggers: the text filter finds the mentions
  // holding a substring of three characters or more without reading every sentence.
  `CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence, content='mentions', content_rowid='rowid',
     tokenize='trigram');
   INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild');
   CREATE TRIGGER mentions_fts_ai AFTER INSERT ON mentions BEGIN
     INSERT INTO mentions_fts(rowid, evidence) VALUES (new.rowid, new.evidence); END;
   CREATE TRIGGER mentions_fts_ad AFTER DELETE ON mentions BEGIN
     INSERT INTO mentions_fts(mentions_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence); END;
   CREATE TRIGGER mentions_fts_au AFTER UPDATE OF evidence ON mentions BEGIN
     INSERT INTO mentions_fts(mentions_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
     INSERT INTO mentions_fts(rowid, evidence) VALUES (new.rowid, new.evidence); END;`,
  // 6: one row per group of mentions that may fold into one event (./fold.ts), locked by each write that
  // touches the group. Events stored before keep their older key until a write touches them or
  // `dyad recode` re-folds the store.
  `CREATE TABLE event_groups (id TEXT PRIMARY KEY);`,
];

/**
 * Brings the database to the newest schema version. Foreign keys are off while migrating (a migration
 * may rebuild a table others refer to) and checked before each commit.
 */
export function migrateSqlite(db: Database.Database): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  for (; version < SQLITE_MIGRATIONS.length; version++) {
    const next = version + 1;
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[version]!);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new Error(`migration ${next}: ${broken.length} rows break a foreign key`);
      db.pragma(`user_version = ${next}`);
    })();
  }
  db.pragma('foreign_keys = ON');
  return version;
}

/**
 * The SQLite dialect. better-sqlite3 is synchronous, so a transaction is BEGIN … COMMIT around the
 * awaited function; a queue runs one operation at a time, so statements of two callers never
 * interleave inside an open transaction.
 */
function sqliteDialect(db: Database.Database): Dialect {
  const cache = new Map<string, Database.Statement>();
  const statement = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const direct: Sql = {
    all: async <T>(sql: string, args: readonly Arg[] = []) => statement(sql).all(...args) as T[],
    run: async (sql, args = []) => {
      statement(sql).run(...args);
    },
  };
  let tail: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = tail.then(fn);
    tail = next.catch(() => undefined);
    return next;
  };
  const search = db.prepare<[string, number], ArticleHit>(
    `SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
     FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
     WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  return {
    kind: 'sqlite',
    all: (sql, args) => oneAtATime(() => direct.all(sql, args)),
    run: (sql, args) => oneAtATime(() => direct.run(sql, args)),
    transaction: (fn) =>
      oneAtATime(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    round2: (expr) => `round(${expr}, 2)`,
    // Each word a quoted FTS5 term, so the user's text is never FTS syntax.
    searchArticles: (words, limit) =>
      oneAtATime(async () => search.all(words.map((w) => `"${w}"`).join(' '), limit)),
    close: () =>
      oneAtATime(async () => {
        db.close();
      }),
  };
}

/** Opens (creating and migrating when needed) the SQLite store in `file` (`:memory:` works too). */
export function openSqliteStore(file: string): EventStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrateSqlite(db);
  // Table statistics for the query planner, made again only where a table has changed much since the
  // last time: without them SQLite walks a QuadClass or status index row by row where a covering dyad
  // index answers in milliseconds. (Sampled statistics, analysis_limit, misjudge those indexes.)
  db.pragma('optimize = 0x10002');
  return sqlStore(sqliteDialect(db));
}
