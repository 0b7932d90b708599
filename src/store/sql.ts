// The SQL core of the store: every query and the write path, written once in the SQL that SQLite and
// PostgreSQL share (`?` placeholders, which the PostgreSQL dialect numbers). An adapter is a `Dialect`:
// how to run a statement, how to run a transaction, and the few things the two engines spell
// differently (rounding, full-text search). User input only ever reaches the database as parameters.
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

export type Arg = string | number | null;

/** Runs statements: the database outside a transaction, or one open transaction. */
export interface Sql {
  all<T>(sql: string, args?: readonly Arg[]): Promise<T[]>;
  run(sql: string, args?: readonly Arg[]): Promise<void>;
}

export interface Dialect extends Sql {
  readonly kind: EventStore['kind'];
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** An SQL expression rounding `expr` to two decimals, read back as a number. */
  round2(expr: string): string;
  /** Full-text search: articles holding every word, best first. `words` is never empty. */
  searchArticles(words: readonly string[], limit: number): Promise<ArticleHit[]>;
  close(): Promise<void>;
}

const SORTS: Record<NonNullable<EventQuery['sort']>, string> = {
  date: 'date IS NULL, date, article_id, sentence, id',
  '-date': 'date IS NULL, date DESC, article_id, sentence, id',
  goldstein: 'goldstein, date, article_id, sentence, id',
  '-goldstein': 'goldstein DESC, date, article_id, sentence, id',
};

/** LIKE pattern for a literal substring (escapes %, _ and the escape character). */
const likeLiteral = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The words of a search text (letters and digits); punctuation and query syntax are dropped. */
export const searchWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? [];

/** WHERE clause over mention columns and its arguments, in order (no user text in the SQL). */
export function whereOf(q: EventQuery): { sql: string; args: Arg[] } {
  const where: string[] = [];
  const args: Arg[] = [];
  const add = (cond: string, ...values: Arg[]): void => {
    where.push(cond);
    args.push(...values);
  };
  if (q.actor) add('(source_code LIKE ? OR target_code LIKE ?)', `${q.actor}%`, `${q.actor}%`);
  if (q.dyad) {
    const [a, b] = [`${q.dyad[0]}%`, `${q.dyad[1]}%`];
    add(
      '((source_code LIKE ? AND target_code LIKE ?) OR (source_code LIKE ? AND target_code LIKE ?))',
      a,
      b,
      b,
      a,
    );
  }
  if (q.code) add('code LIKE ?', `${q.code}%`);
  if (q.quadClass) add('quad_class = ?', q.quadClass);
  if (q.status) add('status = ?', q.status);
  if (q.from) add('date >= ?', q.from);
  if (q.to) add('substr(date, 1, ?) <= ?', q.to.length, q.to);
  if (q.place) add('(lower(place) = lower(?) OR lower(country) = lower(?))', q.place, q.place);
  if (q.text) add("lower(evidence) LIKE lower(?) ESCAPE '\\'", likeLiteral(q.text));
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

const MENTION_COLUMNS = [
  'id',
  'article_id',
  'sentence',
  'source_code',
  'target_code',
  'code',
  'root',
  'quad_class',
  'goldstein',
  'status',
  'date',
  'place',
  'country',
  'evidence',
  'record',
] as const;

const mentionRow = (e: EventRecord, articleId: string): Arg[] => [
  e.id,
  articleId,
  e.sentence,
  e.source.code,
  e.target?.code ?? null,
  e.code,
  e.root,
  e.quad_class,
  e.goldstein,
  e.status,
  e.date,
  e.location?.place ?? null,
  e.location?.country ?? null,
  e.evidence.text,
  JSON.stringify({ ...e, article_id: articleId }),
];

/** `(?, ?), (?, ?)`: `rows` tuples of `cols` placeholders. */
const tuples = (rows: number, cols: number): string =>
  Array.from({ length: rows }, () => `(${new Array(cols).fill('?').join(', ')})`).join(', ');

/** Most rows in one multi-row INSERT (keeps under both engines' parameter limits). */
const CHUNK = 400;

async function insertMentions(tx: Sql, articleId: string, events: readonly EventRecord[]): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    const part = events.slice(i, i + CHUNK);
    await tx.run(
      `INSERT INTO mentions (${MENTION_COLUMNS.join(', ')}) VALUES ${tuples(part.length, MENTION_COLUMNS.length)}
       ON CONFLICT (article_id, id) DO NOTHING`,
      part.flatMap((e) => mentionRow(e, articleId)),
    );
  }
}

/** Stores `article` with `events` inside the open transaction `tx` (see EventStore.putArticle). */
export async function putArticleIn(
  tx: Sql,
  article: Article,
  events: readonly EventRecord[],
): Promise<PutResult> {
  const hash = contentHash(article);
  const same = await tx.all<{ id: string }>('SELECT id FROM articles WHERE hash = ?', [hash]);
  if (same[0]) return { status: 'unchanged', articleId: same[0].id };
  const previous = await tx.all<{ id: string }>(
    'SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)',
    [article.id, article.url ?? null],
  );
  for (const p of previous) await tx.run('DELETE FROM articles WHERE id = ?', [p.id]);
  await tx.run(
    `INSERT INTO articles (id, hash, url, title, source, published, language, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      article.id,
      hash,
      article.url ?? null,
      article.title ?? null,
      article.source ?? null,
      article.published,
      article.language ?? null,
      article.text,
    ],
  );
  await insertMentions(tx, article.id, events);
  return { status: previous.length ? 'replaced' : 'inserted', articleId: article.id };
}

const parse = (record: string): EventRecord => EventSchema.parse(JSON.parse(record));

/** The store over a dialect: the one implementation of `EventStore` both adapters share. */
export function sqlStore(d: Dialect): EventStore {
  const paged = (q: EventQuery): Arg[] => [q.limit ?? 1000, q.offset ?? 0];
  return {
    kind: d.kind,
    putArticle: (article, events) => d.transaction((tx) => putArticleIn(tx, article, events)),
    async hasArticle(article) {
      return (await d.all('SELECT 1 AS x FROM articles WHERE hash = ?', [contentHash(article)])).length > 0;
    },
    async events(q = {}) {
      const { sql, args } = whereOf(q);
      const rows = await d.all<{ record: string }>(
        `SELECT record FROM mentions ${sql} ORDER BY ${SORTS[q.sort ?? 'date']} LIMIT ? OFFSET ?`,
        [...args, ...paged(q)],
      );
      return rows.map((r) => parse(r.record));
    },
    async getEvent(id) {
      const [row] = await d.all<{ record: string }>('SELECT record FROM mentions WHERE id = ? LIMIT 1', [id]);
      return row ? parse(row.record) : null;
    },
    async getArticle(id) {
      const [r] = await d.all<Record<string, string | null>>(
        'SELECT id, hash, url, title, source, published, language, text FROM articles WHERE id = ?',
        [id],
      );
      if (!r) return null;
      const a: StoredArticle = { id: r.id!, hash: r.hash!, published: r.published!, text: r.text! };
      if (r.url) a.url = r.url;
      if (r.title) a.title = r.title;
      if (r.source) a.source = r.source;
      if (r.language) a.language = r.language;
      return a;
    },
    actorCounts: (limit = 1000) =>
      d.all<{ code: string; events: number }>(
        `SELECT code, count(*) AS events FROM (
           SELECT source_code AS code FROM mentions
           UNION ALL SELECT target_code FROM mentions WHERE target_code IS NOT NULL) AS c
         GROUP BY code ORDER BY events DESC, code LIMIT ?`,
        [limit],
      ),
    foldedEvents(q = {}, opts = {}) {
      const { sql, args } = whereOf(q);
      // One-a-day: the day is the date's first 10 characters and the code is cut to its root.
      const [date, code] = opts.oneADay ? ['substr(m.date, 1, 10)', 'm.root'] : ['m.date', 'm.code'];
      return d.all<FoldedEvent>(
        `SELECT * FROM (
           SELECT ${date} AS date, m.source_code AS source, m.target_code AS target, ${code} AS code,
             min(m.root) AS root, min(m.quad_class) AS "quadClass", m.status AS status,
             ${d.round2('avg(m.goldstein)')} AS goldstein, count(*) AS "numMentions",
             count(DISTINCT m.article_id) AS "numArticles",
             count(DISTINCT coalesce(a.source, a.url, a.id)) AS "numSources",
             min(a.published) AS "firstSeen", max(a.published) AS "lastSeen", min(m.id) AS "exampleId"
           FROM (SELECT * FROM mentions ${sql}) AS m JOIN articles a ON a.id = m.article_id
           GROUP BY ${date}, m.source_code, m.target_code, ${code}, m.status) AS f
         ORDER BY f.date IS NULL, f.date, f."numMentions" DESC, f.source, f.target, f.code
         LIMIT ? OFFSET ?`,
        [...args, ...paged(q)],
      );
    },
    network(q = {}) {
      const { sql, args } = whereOf(q);
      return d.all<NetworkEdge>(
        `SELECT source_code AS source, target_code AS target, count(*) AS weight,
           ${d.round2('sum(goldstein)')} AS goldstein
         FROM mentions ${sql ? `${sql} AND` : 'WHERE'} target_code IS NOT NULL
         GROUP BY source_code, target_code ORDER BY weight DESC, source, target`,
        args,
      );
    },
    async searchArticles(query, limit = 20) {
      const words = searchWords(query);
      return words.length ? d.searchArticles(words, limit) : [];
    },
    async counts() {
      const [c] = await d.all<{ articles: number; events: number }>(
        'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS events',
      );
      return c!;
    },
    close: () => d.close(),
  };
}
