// The SQL core of the store: every query and the write path, written once in the SQL that SQLite and
// PostgreSQL share (`?` placeholders, which the PostgreSQL dialect numbers). An adapter is a `Dialect`:
// how to run a statement, how to run a transaction, and the few things the two engines spell
// differently (rounding, full-text search). User input only ever reaches the database as parameters.
import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import { type EventRecord, EventRecord as EventSchema } from '../core/event.js';
import { type FoldRow, foldGroup, groupKey, groupOfId, isGroupedId } from './fold.js';
import {
  type ArticleHit,
  contentHash,
  type EventQuery,
  type EventStore,
  type FoldedEvent,
  type NetworkEdge,
  type OutcomeRow,
  type PutResult,
  type SeriesRow,
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

/** The first string after every string that starts with `prefix`, bytewise: `JPN` → `JPO`. */
export const after = (prefix: string): string =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** The words of a search text (letters and digits); punctuation and query syntax are dropped. */
export const searchWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * WHERE clause and its arguments, in order (no user text in the SQL), over mention columns or, with
 * `scope` 'events', over the events table `e`: there place and text select the events with a mention
 * that matches.
 */
export function whereOf(
  q: EventQuery,
  scope: 'mentions' | 'events' = 'mentions',
  /** SQLite's trigram index over the evidence (`mentions_fts`) narrows the text filter first. */
  textIndex = false,
): { sql: string; args: Arg[] } {
  const where: string[] = [];
  const args: Arg[] = [];
  const add = (cond: string, ...values: Arg[]): void => {
    where.push(cond);
    args.push(...values);
  };
  const ofMention = (cond: string): string =>
    scope === 'events' ? `EXISTS (SELECT 1 FROM mentions x WHERE x.event_id = e.id AND ${cond})` : cond;
  // A prefix is LIKE (PostgreSQL's pattern indexes take it) and a range (SQLite's indexes take that);
  // actor codes are upper case, so the prefix is too (SQLite's LIKE ignored case).
  const prefix = (col: string, p: string): [string, Arg[]] => [
    `(${col} LIKE ? AND ${col} >= ? AND ${col} < ?)`,
    [`${p}%`, p, after(p)],
  ];
  const either = (a: [string, Arg[]], b: [string, Arg[]]): [string, Arg[]] => [
    `(${a[0]} OR ${b[0]})`,
    [...a[1], ...b[1]],
  ];
  const both = (a: [string, Arg[]], b: [string, Arg[]]): [string, Arg[]] => [
    `(${a[0]} AND ${b[0]})`,
    [...a[1], ...b[1]],
  ];
  const cond = ([sql, values]: [string, Arg[]]): void => add(sql, ...values);
  if (q.actor) {
    const a = q.actor.toUpperCase();
    cond(either(prefix('source_code', a), prefix('target_code', a)));
  }
  if (q.dyad) {
    const [a, b] = [q.dyad[0].toUpperCase(), q.dyad[1].toUpperCase()];
    cond(
      either(
        both(prefix('source_code', a), prefix('target_code', b)),
        both(prefix('source_code', b), prefix('target_code', a)),
      ),
    );
  }
  if (q.code) cond(prefix('code', q.code));
  if (q.quadClass) add('quad_class = ?', q.quadClass);
  if (q.status) add('status = ?', q.status);
  if (q.from) add('date >= ?', q.from);
  // The date's first characters up to `to` (a prefix or earlier): every date before the first string
  // after those starting with `to`.
  if (q.to) add('date < ?', after(q.to));
  if (q.place) add(ofMention('(lower(place) = lower(?) OR lower(country) = lower(?))'), q.place, q.place);
  // The index finds every mention holding the text in any case (a superset of what LIKE, which folds
  // ASCII only, takes); LIKE then decides, as without the index.
  if (q.text && textIndex && scope === 'mentions' && [...q.text].length >= 3)
    add(
      'rowid IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)',
      `"${q.text.replace(/"/g, '""')}"`,
    );
  if (q.text) add(ofMention("lower(evidence) LIKE lower(?) ESCAPE '\\'"), likeLiteral(q.text));
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

/**
 * The event key of stores made before the folding rule (`date|source|target|code|status`), in SQL over
 * mention columns: migration 3 filled the event ids of older mentions with it. Such ids are recounted
 * (and dropped when empty) by the writes that touch them; `dyad recode` re-folds a whole store.
 */
export const EVENT_KEY_SQL =
  "coalesce(date, '') || '|' || source_code || '|' || coalesce(target_code, '') || '|' || code || '|' || status";

/**
 * The mention as stored for article `articleId`. A copy's mentions are those of the article it copies,
 * each under an id of its own, derived from the copy's id and the original mention's id.
 */
export const forArticle = (e: EventRecord, articleId: string): EventRecord =>
  e.article_id === articleId
    ? e
    : {
        ...e,
        article_id: articleId,
        id: createHash('sha1').update(`${articleId}|${e.id}`).digest('hex').slice(0, 16),
      };

const MENTION_COLUMNS = [
  'id',
  'article_id',
  'event_id',
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
  // The mention's group for now: `foldEvents` gives it its event's id in the same transaction.
  groupKey(e),
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

/** `?, ?, ?`: n placeholders. */
const list = (n: number): string => new Array(n).fill('?').join(', ');

/** Most rows in one multi-row statement (keeps under both engines' parameter limits). */
const CHUNK = 400;

const chunks = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

async function insertMentions(tx: Sql, articleId: string, events: readonly EventRecord[]): Promise<void> {
  for (const part of chunks(events))
    await tx.run(
      `INSERT INTO mentions (${MENTION_COLUMNS.join(', ')}) VALUES ${tuples(part.length, MENTION_COLUMNS.length)}
       ON CONFLICT (article_id, id) DO NOTHING`,
      part.flatMap((e) => mentionRow(e, articleId)),
    );
}

/** The event ids of the mentions of these articles. */
const eventIdsOf = async (tx: Sql, articleIds: readonly string[]): Promise<string[]> =>
  articleIds.length
    ? (
        await tx.all<{ id: string }>(
          `SELECT DISTINCT event_id AS id FROM mentions WHERE article_id IN (${list(articleIds.length)})`,
          articleIds,
        )
      ).map((r) => r.id)
    : [];

/**
 * The groups a write touches (those of the mentions it removes and adds), and the events of an older
 * key among the removed ones. Locks the groups (in PostgreSQL the upsert holds each `event_groups` row
 * until commit) in key order, so two writers never wait on each other in a cycle: a writer of a group
 * waits for the one before it, and then folds its mentions too.
 */
async function lockGroups(
  tx: Sql,
  removed: readonly string[],
  added: readonly EventRecord[],
): Promise<{ groups: string[]; legacy: string[] }> {
  const groups = [...new Set([...removed.filter(isGroupedId).map(groupOfId), ...added.map(groupKey)])].sort(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const part of chunks(groups))
    await tx.run(
      `INSERT INTO event_groups (id) VALUES ${tuples(part.length, 1)}
       ON CONFLICT (id) DO UPDATE SET id = excluded.id`,
      part,
    );
  return { groups, legacy: removed.filter((id) => !isGroupedId(id)) };
}

/**
 * Folds the mentions of these (locked) groups into events again (`foldGroup`): sets each mention's
 * event id, replaces the groups' events rows and recounts them.
 */
async function foldEvents(tx: Sql, d: Dialect, groups: readonly string[]): Promise<void> {
  // All groups of a write in a few statements: one read, one delete and one insert of events rows, one
  // recount (a write touches a handful of groups; a statement per group made writes several times slower).
  for (const part of chunks(groups)) {
    const ranges = (col: string): string => part.map(() => `(${col} >= ? AND ${col} < ?)`).join(' OR ');
    const args = part.flatMap((g) => [g, after(g)]);
    const rows = await tx.all<FoldRow & { event_id: string }>(
      `SELECT m.article_id, m.id, m.date, a.published, m.code, m.source_code, m.target_code, m.quad_class,
         m.event_id
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE ${ranges('m.event_id')}`,
      args,
    );
    const byGroup = new Map<string, Array<FoldRow & { event_id: string }>>();
    for (const r of rows) {
      const g = groupOfId(r.event_id);
      byGroup.set(g, [...(byGroup.get(g) ?? []), r]);
    }
    const events = part.flatMap((g) => foldGroup(g, byGroup.get(g) ?? []));
    const moved = events.flatMap((e) =>
      (e.rows as Array<FoldRow & { event_id: string }>)
        .filter((r) => r.event_id !== e.id)
        .map((r) => [r.article_id, r.id, e.id]),
    );
    for (const rowsOf of chunks(moved))
      await tx.run(
        `UPDATE mentions SET event_id = v.column3 FROM (VALUES ${tuples(rowsOf.length, 3)}) AS v
         WHERE mentions.article_id = v.column1 AND mentions.id = v.column2`,
        rowsOf.flat(),
      );
    await tx.run(`DELETE FROM events WHERE ${ranges('id')}`, args);
    for (const rowsOf of chunks(events))
      await tx.run(
        `INSERT INTO events (id, date, source_code, target_code, code, root, quad_class, status)
         VALUES ${tuples(rowsOf.length, 8)}`,
        rowsOf.flatMap((e) => {
          const [root, status] = e.id.split('|');
          return [
            e.id,
            e.date,
            e.example.source_code,
            e.example.target_code,
            e.example.code,
            root!,
            e.example.quad_class,
            status!,
          ];
        }),
      );
    await refreshEvents(
      tx,
      d,
      events.map((e) => e.id),
    );
  }
}

/** Recounts these events from their mentions (GDELT's counts); drops those left with none. */
async function refreshEvents(tx: Sql, d: Dialect, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids)) {
    await tx.run(
      `UPDATE events SET num_mentions = s.n, num_articles = s.na, num_sources = s.ns, first_seen = s.f,
         last_seen = s.l, goldstein = s.g, example_id = s.ex
       FROM (SELECT m.event_id AS id, count(*) AS n, count(DISTINCT m.article_id) AS na,
               count(DISTINCT coalesce(a.source, a.url, a.id)) AS ns, min(a.published) AS f,
               max(a.published) AS l, ${d.round2('avg(m.goldstein)')} AS g, min(m.id) AS ex
             FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.event_id IN (${list(part.length)}) GROUP BY m.event_id) AS s
       WHERE events.id = s.id`,
      part,
    );
    await tx.run(
      `DELETE FROM events WHERE id IN (${list(part.length)})
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id)`,
      part,
    );
  }
}

/** Deletes the articles `previous`, stores `article` with `events`, and recounts the events touched. */
async function writeArticle(
  tx: Sql,
  d: Dialect,
  article: Article,
  hash: string,
  events: readonly EventRecord[],
  previous: readonly string[],
): Promise<void> {
  const { groups, legacy } = await lockGroups(tx, await eventIdsOf(tx, previous), events);
  if (previous.length) await tx.run(`DELETE FROM articles WHERE id IN (${list(previous.length)})`, previous);
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
  await foldEvents(tx, d, groups);
  await refreshEvents(tx, d, legacy);
}

/** The stored articles this one is (same id, or same url): their ids and contents. */
const storedAs = (tx: Sql, article: Article): Promise<Array<{ id: string; hash: string }>> =>
  tx.all('SELECT id, hash FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)', [
    article.id,
    article.url ?? null,
  ]);

/** Stores `article` with `events` inside the open transaction `tx` (see EventStore.putArticle). */
export async function putArticleIn(
  tx: Sql,
  d: Dialect,
  article: Article,
  events: readonly EventRecord[],
): Promise<PutResult> {
  const hash = contentHash(article);
  const previous = await storedAs(tx, article);
  const same = previous.find((p) => p.hash === hash);
  if (same) return { status: 'unchanged', articleId: same.id, mentions: 0 };
  const own = events.map((e) => forArticle(e, article.id));
  await writeArticle(
    tx,
    d,
    article,
    hash,
    own,
    previous.map((p) => p.id),
  );
  return { status: previous.length ? 'replaced' : 'inserted', articleId: article.id, mentions: own.length };
}

/** Stores `article` when its content is known, inside `tx` (see EventStore.putKnown). */
export async function putKnownIn(tx: Sql, d: Dialect, article: Article): Promise<PutResult | null> {
  const hash = contentHash(article);
  const previous = await storedAs(tx, article);
  const same = previous.find((p) => p.hash === hash);
  if (same) return { status: 'unchanged', articleId: same.id, mentions: 0 };
  const [source] = await tx.all<{ id: string }>(
    'SELECT id FROM articles WHERE hash = ? ORDER BY id LIMIT 1',
    [hash],
  );
  if (!source) return null;
  const rows = await tx.all<{ record: string }>(
    'SELECT record FROM mentions WHERE article_id = ? ORDER BY id',
    [source.id],
  );
  const events = rows.map((r) => forArticle(parse(r.record), article.id));
  await writeArticle(
    tx,
    d,
    article,
    hash,
    events,
    previous.map((p) => p.id),
  );
  return { status: previous.length ? 'replaced' : 'copied', articleId: article.id, mentions: events.length };
}

/** Replaces the mentions of every article with content `hash` (see EventStore.replaceMentions). */
export async function replaceMentionsIn(
  tx: Sql,
  d: Dialect,
  hash: string,
  events: readonly EventRecord[],
): Promise<number> {
  const articles = (
    await tx.all<{ id: string }>('SELECT id FROM articles WHERE hash = ? ORDER BY id', [hash])
  ).map((a) => a.id);
  if (!articles.length) return 0;
  const { groups, legacy } = await lockGroups(tx, await eventIdsOf(tx, articles), events);
  await tx.run(`DELETE FROM mentions WHERE article_id IN (${list(articles.length)})`, articles);
  for (const id of articles)
    await insertMentions(
      tx,
      id,
      events.map((e) => forArticle(e, id)),
    );
  await foldEvents(tx, d, groups);
  await refreshEvents(tx, d, legacy);
  return articles.length;
}

const parse = (record: string): EventRecord => EventSchema.parse(JSON.parse(record));

/** The store over a dialect: the one implementation of `EventStore` both adapters share. */
export function sqlStore(d: Dialect): EventStore {
  const paged = (q: EventQuery): Arg[] => [q.limit ?? 1000, q.offset ?? 0];
  const where = (q: EventQuery) => whereOf(q, 'mentions', d.kind === 'sqlite');
  return {
    kind: d.kind,
    putArticle: (article, events) => d.transaction((tx) => putArticleIn(tx, d, article, events)),
    putKnown: (article) => d.transaction((tx) => putKnownIn(tx, d, article)),
    async hasArticle(article) {
      const hash = contentHash(article);
      return (await storedAs(d, article)).some((p) => p.hash === hash);
    },
    async events(q = {}) {
      // The page is found first (in an index where one holds the filters and the order), then only its
      // rows' records are read.
      const { sql, args } = where(q);
      const sort = SORTS[q.sort ?? 'date'];
      const rows = await d.all<{ record: string }>(
        `SELECT m.record FROM (
           SELECT article_id, id, date, sentence, goldstein FROM mentions ${sql} ORDER BY ${sort} LIMIT ? OFFSET ?
         ) AS k JOIN mentions m ON m.article_id = k.article_id AND m.id = k.id
         ORDER BY ${sort.replace(/(^|, )/g, '$1k.')}`,
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
        // Counted per column first (each a walk along its index, no sort of every mention), then added.
        `SELECT code, sum(n) AS events FROM (
           SELECT source_code AS code, count(*) AS n FROM mentions GROUP BY source_code
           UNION ALL SELECT target_code, count(*) FROM mentions WHERE target_code IS NOT NULL GROUP BY target_code
         ) AS c
         GROUP BY code ORDER BY events DESC, code LIMIT ?`,
        [limit],
      ),
    foldedEvents(q = {}, opts = {}) {
      if (!opts.oneADay) {
        const { sql, args } = whereOf(q, 'events');
        return d.all<FoldedEvent>(
          `SELECT date, source_code AS source, target_code AS target, code, root, quad_class AS "quadClass",
             status, goldstein, num_mentions AS "numMentions", num_articles AS "numArticles",
             num_sources AS "numSources", first_seen AS "firstSeen", last_seen AS "lastSeen",
             example_id AS "exampleId"
           FROM events e ${sql}
           ORDER BY date IS NULL, date, num_mentions DESC, source_code, target_code, code
           LIMIT ? OFFSET ?`,
          [...args, ...paged(q)],
        );
      }
      // One-a-day folds the mentions again: the day is the date's first 10 characters and the code is
      // cut to its root, so distinct articles and outlets are counted over the day's mentions.
      const { sql, args } = where(q);
      const day = 'substr(m.date, 1, 10)';
      return d.all<FoldedEvent>(
        `SELECT * FROM (
           SELECT ${day} AS date, m.source_code AS source, m.target_code AS target, m.root AS code,
             m.root AS root, min(m.quad_class) AS "quadClass", m.status AS status,
             ${d.round2('avg(m.goldstein)')} AS goldstein, count(*) AS "numMentions",
             count(DISTINCT m.article_id) AS "numArticles",
             count(DISTINCT coalesce(a.source, a.url, a.id)) AS "numSources",
             min(a.published) AS "firstSeen", max(a.published) AS "lastSeen", min(m.id) AS "exampleId"
           FROM (SELECT * FROM mentions ${sql}) AS m JOIN articles a ON a.id = m.article_id
           GROUP BY ${day}, m.source_code, m.target_code, m.root, m.status) AS f
         ORDER BY f.date IS NULL, f.date, f."numMentions" DESC, f.source, f.target, f.code
         LIMIT ? OFFSET ?`,
        [...args, ...paged(q)],
      );
    },
    network(q = {}) {
      const { sql, args } = where(q);
      return d.all<NetworkEdge>(
        `SELECT source_code AS source, target_code AS target, count(*) AS weight,
           ${d.round2('sum(goldstein)')} AS goldstein
         FROM mentions ${sql ? `${sql} AND` : 'WHERE'} target_code IS NOT NULL
         GROUP BY source_code, target_code ORDER BY weight DESC, source, target`,
        args,
      );
    },
    async strongest(q, n) {
      const { sql, args } = where(q);
      const rows = await d.all<{ record: string }>(
        `SELECT record FROM mentions ${sql ? `${sql} AND` : 'WHERE'} abs(goldstein) >= coalesce(
           (SELECT abs(goldstein) FROM mentions ${sql} ORDER BY abs(goldstein) DESC LIMIT 1 OFFSET ?), -1)
         ORDER BY ${SORTS.date}`,
        [...args, ...args, Math.max(0, n - 1)],
      );
      return rows.map((r) => parse(r.record));
    },
    seriesRows(q, by) {
      const { sql, args } = where(q);
      return d.all<SeriesRow>(
        `SELECT substr(date, 1, ?) AS period, quad_class AS "quadClass", root, count(*) AS count,
           sum(goldstein) AS goldstein
         FROM mentions ${sql ? `${sql} AND` : 'WHERE'} date IS NOT NULL
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [by === 'day' ? 10 : 7, ...args],
      );
    },
    async outcomeRows(pairs) {
      const unique = [...new Map(pairs.map((p) => [`${p.source}|${p.target ?? ''}`, p])).values()];
      const rows: Array<OutcomeRow & { article_id: string; sentence: number }> = [];
      const columns = `m.id, m.source_code AS source, m.target_code AS target, m.root, m.date, m.article_id,
        m.sentence`;
      const occurred = "m.status = 'occurred' AND m.date IS NOT NULL";
      for (const part of chunks(unique.filter((p) => p.target !== null)))
        rows.push(
          ...(await d.all<OutcomeRow & { article_id: string; sentence: number }>(
            // CROSS JOIN: SQLite takes the pairs first (then the dyad index), not every occurred mention.
            `SELECT ${columns} FROM (VALUES ${tuples(part.length, 2)}) AS p
             CROSS JOIN mentions m WHERE m.source_code = p.column1 AND m.target_code = p.column2 AND ${occurred}`,
            part.flatMap((p) => [p.source, p.target]),
          )),
        );
      for (const part of chunks(unique.filter((p) => p.target === null)))
        rows.push(
          ...(await d.all<OutcomeRow & { article_id: string; sentence: number }>(
            `SELECT ${columns} FROM mentions m
             WHERE m.source_code IN (${list(part.length)}) AND m.target_code IS NULL AND ${occurred}`,
            part.map((p) => p.source),
          )),
        );
      // The order of `events` (date, article, sentence, id), bytewise as both engines sort.
      const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
      rows.sort(
        (a, b) =>
          cmp(a.date, b.date) ||
          cmp(a.article_id, b.article_id) ||
          a.sentence - b.sentence ||
          cmp(a.id, b.id),
      );
      return rows.map(({ id, source, target, root, date }) => ({ id, source, target, root, date }));
    },
    async searchArticles(query, limit = 20) {
      const words = searchWords(query);
      return words.length ? d.searchArticles(words, limit) : [];
    },
    async counts() {
      const [c] = await d.all<{ articles: number; mentions: number; events: number }>(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions,
           (SELECT count(*) FROM events) AS events`,
      );
      return c!;
    },
    async contents(after, limit) {
      const firsts = await d.all<{ id: string }>(
        `SELECT min(id) AS id FROM articles ${after === null ? '' : 'WHERE hash > ?'}
         GROUP BY hash ORDER BY hash LIMIT ?`,
        after === null ? [limit] : [after, limit],
      );
      const out: StoredArticle[] = [];
      for (const { id } of firsts) {
        const a = await this.getArticle(id);
        if (a) out.push(a);
      }
      return out;
    },
    replaceMentions: (hash, events) => d.transaction((tx) => replaceMentionsIn(tx, d, hash, events)),
    close: () => d.close(),
  };
}
