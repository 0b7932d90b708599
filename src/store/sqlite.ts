// The embedded SQLite adapter of `EventStore` (better-sqlite3). The schema is versioned with
// `PRAGMA user_version`: each migration runs once, in order, inside a transaction, so a store made by an
// older build (the interim store had version 0 and migration 1's tables) opens and is upgraded in place.
import Database from 'better-sqlite3';
import type { Article } from '../core/article.js';
import { type EventRecord, EventRecord as EventSchema } from '../core/event.js';
import {
  type ArticleHit,
  contentHash,
  type EventQuery,
  type EventStore,
  type FoldedEvent,
  type NetworkEdge,
  type PutResult,
  type StoredArticle,
} from './types.js';

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
];

const SORTS: Record<NonNullable<EventQuery['sort']>, string> = {
  date: 'date IS NULL, date, article_id, sentence',
  '-date': 'date IS NULL, date DESC, article_id, sentence',
  goldstein: 'goldstein, date, article_id, sentence',
  '-goldstein': 'goldstein DESC, date, article_id, sentence',
};

/** LIKE pattern for a literal substring (escapes %, _ and the escape character). */
const likeLiteral = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A query text as an FTS5 expression: each word a quoted term, so user input is never FTS syntax. */
export const ftsExpression = (q: string): string =>
  (q.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(' ');

/** WHERE clause and named arguments for an event query (parameterised; no user text in the SQL). */
function whereOf(q: EventQuery): { sql: string; args: Record<string, string | number> } {
  const where: string[] = [];
  const args: Record<string, string | number> = {};
  if (q.actor) {
    where.push('(source_code LIKE @actor OR target_code LIKE @actor)');
    args.actor = `${q.actor}%`;
  }
  if (q.dyad) {
    where.push(
      '((source_code LIKE @a AND target_code LIKE @b) OR (source_code LIKE @b AND target_code LIKE @a))',
    );
    args.a = `${q.dyad[0]}%`;
    args.b = `${q.dyad[1]}%`;
  }
  if (q.code) {
    where.push('code LIKE @code');
    args.code = `${q.code}%`;
  }
  if (q.quadClass) {
    where.push('quad_class = @quad');
    args.quad = q.quadClass;
  }
  if (q.status) {
    where.push('status = @status');
    args.status = q.status;
  }
  if (q.from) {
    where.push('date >= @from');
    args.from = q.from;
  }
  if (q.to) {
    where.push('substr(date, 1, length(@to)) <= @to');
    args.to = q.to;
  }
  if (q.place) {
    where.push('(lower(place) = lower(@place) OR lower(country) = lower(@place))');
    args.place = q.place;
  }
  if (q.text) {
    where.push("lower(evidence) LIKE lower(@text) ESCAPE '\\'");
    args.text = likeLiteral(q.text);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

/** Brings the database to the newest schema version. */
export function migrateSqlite(db: Database.Database): number {
  let version = db.pragma('user_version', { simple: true }) as number;
  for (; version < SQLITE_MIGRATIONS.length; version++) {
    const next = version + 1;
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[version]!);
      db.pragma(`user_version = ${next}`);
    })();
  }
  return version;
}

/** Opens (creating and migrating when needed) the SQLite store in `file` (`:memory:` works too). */
export function openSqliteStore(file: string): EventStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrateSqlite(db);
  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE hash = ?');
  const byKey = db.prepare<[string, string | null], { id: string }>(
    'SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)',
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, hash, url, title, source, published, language, text)
     VALUES (@id, @hash, @url, @title, @source, @published, @language, @text)`,
  );
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?');
  const insertMention = db.prepare(
    `INSERT OR REPLACE INTO mentions (id, article_id, sentence, source_code, target_code, code, root,
       quad_class, goldstein, status, date, place, country, evidence, record)
     VALUES (@id, @article_id, @sentence, @source_code, @target_code, @code, @root, @quad_class,
       @goldstein, @status, @date, @place, @country, @evidence, @record)`,
  );
  const oneEvent = db.prepare<[string], { record: string }>(
    'SELECT record FROM mentions WHERE id = ? LIMIT 1',
  );
  const oneArticle = db.prepare<[string], Record<string, string | null>>(
    'SELECT id, hash, url, title, source, published, language, text FROM articles WHERE id = ?',
  );
  const actors = db.prepare<[number], { code: string; events: number }>(
    `SELECT code, count(*) AS events FROM (
       SELECT source_code AS code FROM mentions
       UNION ALL SELECT target_code FROM mentions WHERE target_code IS NOT NULL)
     GROUP BY code ORDER BY events DESC, code LIMIT ?`,
  );
  const fts = db.prepare<[string, number], ArticleHit>(
    `SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
     FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
     WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  const put = db.transaction((article: Article, events: readonly EventRecord[]): PutResult => {
    const hash = contentHash(article);
    const same = byHash.get(hash);
    if (same) return { status: 'unchanged', articleId: same.id };
    const previous = byKey.get(article.id, article.url ?? null);
    if (previous) deleteArticle.run(previous.id);
    insertArticle.run({
      id: article.id,
      hash,
      url: article.url ?? null,
      title: article.title ?? null,
      source: article.source ?? null,
      published: article.published,
      language: article.language ?? null,
      text: article.text,
    });
    for (const e of events) {
      insertMention.run({
        id: e.id,
        article_id: article.id,
        sentence: e.sentence,
        source_code: e.source.code,
        target_code: e.target?.code ?? null,
        code: e.code,
        root: e.root,
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        status: e.status,
        date: e.date,
        place: e.location?.place ?? null,
        country: e.location?.country ?? null,
        evidence: e.evidence.text,
        record: JSON.stringify({ ...e, article_id: article.id }),
      });
    }
    return { status: previous ? 'replaced' : 'inserted', articleId: article.id };
  });
  const parse = (record: string): EventRecord => EventSchema.parse(JSON.parse(record));
  return {
    putArticle: (article, events) => put(article, events),
    hasArticle: (article) => byHash.get(contentHash(article)) !== undefined,
    events(q = {}) {
      const { sql, args } = whereOf(q);
      const order = SORTS[q.sort ?? 'date'];
      return db
        .prepare<Record<string, string | number>, { record: string }>(
          `SELECT record FROM mentions ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
        )
        .all({ ...args, limit: q.limit ?? 1000, offset: q.offset ?? 0 })
        .map((r) => parse(r.record));
    },
    getEvent(id) {
      const row = oneEvent.get(id);
      return row ? parse(row.record) : null;
    },
    getArticle(id) {
      const r = oneArticle.get(id);
      if (!r) return null;
      const a: StoredArticle = { id: r.id!, hash: r.hash!, published: r.published!, text: r.text! };
      if (r.url) a.url = r.url;
      if (r.title) a.title = r.title;
      if (r.source) a.source = r.source;
      if (r.language) a.language = r.language;
      return a;
    },
    actorCounts: (limit = 1000) => actors.all(limit),
    foldedEvents(q = {}, opts = {}) {
      const { sql, args } = whereOf(q);
      // One-a-day: the day is the date's first 10 characters and the code is cut to its root.
      const key = opts.oneADay
        ? 'substr(m.date, 1, 10), m.source_code, m.target_code, m.root, m.status'
        : 'm.date, m.source_code, m.target_code, m.code, m.status';
      const mentionsOnly = sql.replace(/^WHERE /, '');
      return db
        .prepare<Record<string, string | number>, FoldedEvent>(
          `SELECT ${opts.oneADay ? 'substr(m.date, 1, 10)' : 'm.date'} AS date, m.source_code AS source,
             m.target_code AS target, ${opts.oneADay ? 'm.root' : 'm.code'} AS code, m.root AS root,
             min(m.quad_class) AS quadClass, m.status AS status, round(avg(m.goldstein), 2) AS goldstein,
             count(*) AS numMentions, count(DISTINCT m.article_id) AS numArticles,
             count(DISTINCT coalesce(a.source, a.url, a.id)) AS numSources,
             min(a.published) AS firstSeen, max(a.published) AS lastSeen, min(m.id) AS exampleId
           FROM (SELECT * FROM mentions ${mentionsOnly ? `WHERE ${mentionsOnly}` : ''}) m
           JOIN articles a ON a.id = m.article_id
           GROUP BY ${key}
           ORDER BY m.date IS NULL, m.date, numMentions DESC, source, target, code
           LIMIT @limit OFFSET @offset`,
        )
        .all({ ...args, limit: q.limit ?? 1000, offset: q.offset ?? 0 });
    },
    network(q = {}) {
      const { sql, args } = whereOf(q);
      return db
        .prepare<Record<string, string | number>, NetworkEdge>(
          `SELECT source_code AS source, target_code AS target, count(*) AS weight,
             round(sum(goldstein), 2) AS goldstein
           FROM mentions ${sql ? `${sql} AND` : 'WHERE'} target_code IS NOT NULL
           GROUP BY source_code, target_code ORDER BY weight DESC, source, target`,
        )
        .all(args);
    },
    searchArticles(query, limit = 20) {
      const expr = ftsExpression(query);
      return expr ? fts.all(expr, limit) : [];
    },
    counts() {
      const a = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n;
      const e = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM mentions').get()!.n;
      return { articles: a, events: e };
    },
    close: () => db.close(),
  };
}
