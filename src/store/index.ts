// Interim event store (lead): the embedded SQLite store behind the `EventStore` interface, enough for
// `dyad ingest`, `dyad events` and `dyad demo`. The store work (issue 6) replaces this file with the
// full store (deduplication, plans, exports, PostgreSQL).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Article } from '../core/article.js';
import { type EventRecord, EventRecord as EventSchema } from '../core/event.js';

export interface PutResult {
  status: 'inserted' | 'unchanged' | 'replaced';
  articleId: string;
}

export interface EventQuery {
  actor?: string;
  dyad?: [string, string];
  code?: string;
  status?: EventRecord['status'];
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface EventStore {
  /** Stores an article with its events, whole or not at all; the same content again changes nothing. */
  putArticle(article: Article, events: readonly EventRecord[]): PutResult;
  /** True when this exact article (same content) is stored already. */
  hasArticle(article: Article): boolean;
  events(query?: EventQuery): EventRecord[];
  counts(): { articles: number; events: number };
  close(): void;
}

export const contentHash = (a: Article): string =>
  createHash('sha256')
    .update(`${a.published}\n${a.title ?? ''}\n${a.text}`)
    .digest('hex');

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
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
CREATE INDEX IF NOT EXISTS mentions_date ON mentions(date);
`;

/** Opens (creating when needed) the SQLite store at `path` (a file path or `sqlite:` URL). */
export function openStore(path = './dyad.db'): EventStore {
  const file = path.replace(/^sqlite:(\/\/)?/, '');
  if (/^postgres(ql)?:/.test(path))
    throw new Error(`${path}: the PostgreSQL store is not available in this build`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const byHash = db.prepare<[string], { id: string }>('SELECT id FROM articles WHERE hash = ?');
  const byKey = db.prepare<[string, string | null], { id: string }>(
    'SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)',
  );
  const insertArticle = db.prepare(
    'INSERT INTO articles (id, hash, url, title, source, published, text) VALUES (@id, @hash, @url, @title, @source, @published, @text)',
  );
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?');
  const insertMention = db.prepare(
    `INSERT OR REPLACE INTO mentions (id, article_id, sentence, source_code, target_code, code, root, quad_class, status, date, record)
     VALUES (@id, @article_id, @sentence, @source_code, @target_code, @code, @root, @quad_class, @status, @date, @record)`,
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
        status: e.status,
        date: e.date,
        record: JSON.stringify({ ...e, article_id: article.id }),
      });
    }
    return { status: previous ? 'replaced' : 'inserted', articleId: article.id };
  });
  return {
    putArticle: (article, events) => put(article, events),
    hasArticle: (article) => byHash.get(contentHash(article)) !== undefined,
    events(q = {}) {
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
      args.limit = q.limit ?? 1000;
      args.offset = q.offset ?? 0;
      const sql = `SELECT record FROM mentions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY date IS NULL, date, article_id, sentence LIMIT @limit OFFSET @offset`;
      return db
        .prepare<Record<string, string | number>, { record: string }>(sql)
        .all(args)
        .map((r) => EventSchema.parse(JSON.parse(r.record)));
    },
    counts() {
      const a = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n;
      const e = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM mentions').get()!.n;
      return { articles: a, events: e };
    },
    close: () => db.close(),
  };
}
