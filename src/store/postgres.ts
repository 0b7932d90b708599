// The PostgreSQL adapter of `EventStore` (the `pg` driver): a dialect of the SQL core (./sql.ts) and
// PostgreSQL's own schema. `postgres://user@host:port/db?schema=NAME` keeps the store in schema NAME
// (created when missing; default `public`), so several stores (and every test) share one database.
// Migrations are recorded in `dyad_migrations` and applied under an advisory lock, so any number of
// processes may open a new store at once.
import pg from 'pg';
import { type Arg, type Dialect, EVENT_KEY_SQL, type Sql, sqlStore } from './sql.js';
import type { ArticleHit, EventStore } from './types.js';

/** Migrations, in order; entry i is version i + 1. Text columns compared or sorted use the C collation,
 * so ordering is bytewise as in SQLite. */
export const PG_MIGRATIONS: readonly string[] = [
  // 1: articles (full-text vector kept by PostgreSQL), mentions.
  `CREATE TABLE articles (
     id text COLLATE "C" PRIMARY KEY, hash text COLLATE "C" NOT NULL, url text COLLATE "C",
     title text, source text COLLATE "C", published text COLLATE "C" NOT NULL, language text,
     text text NOT NULL, stored_at timestamptz NOT NULL DEFAULT now(),
     tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED);
   CREATE UNIQUE INDEX articles_hash ON articles(hash);
   CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
   CREATE INDEX articles_tsv ON articles USING gin(tsv);
   CREATE TABLE mentions (
     id text COLLATE "C" NOT NULL,
     article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     sentence integer NOT NULL, source_code text COLLATE "C" NOT NULL, target_code text COLLATE "C",
     code text COLLATE "C" NOT NULL, root text COLLATE "C" NOT NULL, quad_class integer NOT NULL,
     goldstein double precision, status text COLLATE "C" NOT NULL, date text COLLATE "C",
     place text, country text, evidence text, record text NOT NULL,
     PRIMARY KEY (article_id, id));
   CREATE INDEX mentions_id ON mentions(id);
   CREATE INDEX mentions_source ON mentions(source_code text_pattern_ops);
   CREATE INDEX mentions_target ON mentions(target_code text_pattern_ops);
   CREATE INDEX mentions_code ON mentions(code text_pattern_ops);
   CREATE INDEX mentions_date ON mentions(date);
   CREATE INDEX mentions_quad ON mentions(quad_class, date);
   CREATE INDEX mentions_status ON mentions(status, date);`,
  // 2: copies of one content under other urls are articles of their own (hash no longer unique); the
  // events table (mentions folded by date, source, target, code and status, with GDELT's counts).
  `DROP INDEX articles_hash;
   CREATE INDEX articles_hash ON articles(hash);
   ALTER TABLE mentions ADD COLUMN event_id text COLLATE "C";
   UPDATE mentions SET event_id = ${EVENT_KEY_SQL};
   ALTER TABLE mentions ALTER COLUMN event_id SET NOT NULL;
   CREATE INDEX mentions_event ON mentions(event_id);
   CREATE TABLE events (
     id text COLLATE "C" PRIMARY KEY, date text COLLATE "C", source_code text COLLATE "C" NOT NULL,
     target_code text COLLATE "C", code text COLLATE "C" NOT NULL, root text COLLATE "C" NOT NULL,
     quad_class integer NOT NULL, status text COLLATE "C" NOT NULL, goldstein double precision,
     num_mentions integer NOT NULL DEFAULT 0, num_articles integer NOT NULL DEFAULT 0,
     num_sources integer NOT NULL DEFAULT 0, first_seen text COLLATE "C", last_seen text COLLATE "C",
     example_id text COLLATE "C");
   INSERT INTO events (id, date, source_code, target_code, code, root, quad_class, status, goldstein,
       num_mentions, num_articles, num_sources, first_seen, last_seen, example_id)
     SELECT m.event_id, min(m.date), min(m.source_code), min(m.target_code), min(m.code), min(m.root),
       min(m.quad_class), min(m.status), round(CAST(avg(m.goldstein) AS numeric), 2), count(*),
       count(DISTINCT m.article_id), count(DISTINCT coalesce(a.source, a.url, a.id)), min(a.published),
       max(a.published), min(m.id)
     FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.event_id;
   CREATE INDEX events_date ON events(date);
   CREATE INDEX events_source ON events(source_code text_pattern_ops);
   CREATE INDEX events_target ON events(target_code text_pattern_ops);
   CREATE INDEX events_code ON events(code text_pattern_ops);
   CREATE INDEX events_status ON events(status, date);
   CREATE INDEX events_quad ON events(quad_class, date);`,
  // 3: the work queue (./queue.ts): articles to code, claimed with FOR UPDATE SKIP LOCKED; an article
  // is done when its mentions and its done-mark commit together.
  `CREATE TABLE queue (
     seq bigserial NOT NULL, id text COLLATE "C" PRIMARY KEY, hash text NOT NULL, article text NOT NULL,
     state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
     worker text, result text, mentions integer, error text,
     enqueued_at timestamptz NOT NULL DEFAULT now(), done_at timestamptz);
   CREATE INDEX queue_pending ON queue(seq) WHERE state = 'pending';`,
  // 4: indexes the API's reads are answered from: a dyad (either way) or an actor with dates, QuadClass,
  // root and Goldstein (series, network and a list's page found in the index alone), and the list order.
  `CREATE INDEX mentions_dyad ON mentions(source_code text_pattern_ops, target_code, date, quad_class, root,
     goldstein, status, code, article_id, sentence, id);
   CREATE INDEX mentions_dyad_back ON mentions(target_code text_pattern_ops, source_code, date, quad_class,
     root, goldstein, status, code, article_id, sentence, id);
   CREATE INDEX mentions_order ON mentions((date IS NULL), date, article_id, sentence, id);`,
  // 5: how many times each queued article was claimed, counted outside the claiming transaction, so a
  // worker that dies on an article still counts (an article that kills its worker every time is failed).
  `CREATE TABLE queue_claims (id text COLLATE "C" PRIMARY KEY, claims integer NOT NULL);`,
  // 6: one row per group of mentions that may fold into one event (./fold.ts), locked by each write that
  // touches the group (the upsert holds the row until commit), so two writers of one group take turns.
  // Events stored before keep their older key until a write touches them or `dyad recode` re-folds.
  `CREATE TABLE event_groups (id text COLLATE "C" PRIMARY KEY);`,
];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The connection string without `schema`, and the schema (a plain identifier) it names. */
export function parsePgUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!IDENTIFIER.test(schema))
    throw new Error(`schema "${schema}" is not a plain identifier (letters, digits, _)`);
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema };
}

/** count(*) is bigint and round() numeric in PostgreSQL: both read back as JS numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 || oid === 1700
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` placeholders numbered as PostgreSQL wants them (`$1`, `$2`, ...); cached per statement. */
const numbered = new Map<string, string>();
const pgSql = (sql: string): string => {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < 5000) numbered.set(sql, out);
  }
  return out;
};

const on = (q: pg.Pool | pg.PoolClient): Sql => ({
  all: async <T>(sql: string, args: readonly Arg[] = []) =>
    (await q.query(pgSql(sql), args as Arg[])).rows as T[],
  run: async (sql, args = []) => {
    await q.query(pgSql(sql), args as Arg[]);
  },
});

/** Errors after which the whole transaction is simply run again: deadlock, serialization, a unique key
 * taken by a concurrent transaction. */
const RETRY = new Set(['40P01', '40001', '23505']);

export interface PgOptions {
  idleInTransactionSeconds?: number;
  /** Most connections the pool opens. */
  connections?: number;
  /** The sessions' application_name (seen in pg_stat_activity). */
  applicationName?: string;
}

export interface PgDatabase {
  pool: pg.Pool;
  schema: string;
  dialect: Dialect;
}

/**
 * Connects to `url`, creates its schema when missing and applies the migrations not yet recorded.
 * `idleInTransactionSeconds` ends a session that holds a transaction open and idle that long (a hung
 * worker then lets go of the article it claimed).
 */
export async function connectPostgres(url: string, opts: PgOptions = {}): Promise<PgDatabase> {
  const { connectionString, schema } = parsePgUrl(url);
  const idle = opts.idleInTransactionSeconds;
  const pool = new pg.Pool({
    connectionString,
    options: `-c search_path=${schema}${idle ? ` -c idle_in_transaction_session_timeout=${Math.round(idle * 1000)}` : ''}`,
    types,
    max: opts.connections ?? 8,
    ...(opts.applicationName && { application_name: opts.applicationName }),
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {
    // An idle connection that dies (server restart) is dropped by the pool; the next query reconnects.
  });
  const transaction = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      let broken = false;
      // A connection lost mid-transaction (server restart, terminated session) fails the transaction's
      // next query; the client's own error event must not go unheard (it would end the process).
      const lost = (): void => {
        broken = true;
      };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        const code = (err as { code?: string }).code;
        if (!(code && RETRY.has(code)) || attempt >= 5) throw err;
        await new Promise((ok) => setTimeout(ok, 5 + Math.random() * 20 * attempt));
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    }
  };
  const dialect: Dialect = {
    kind: 'postgres',
    ...on(pool),
    transaction,
    round2: (expr) => `round(CAST(${expr} AS numeric), 2)`,
    searchArticles: (words, limit) =>
      on(pool).all<ArticleHit>(
        `SELECT a.id, a.title, a.published,
           ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6') AS snippet
         FROM articles a, plainto_tsquery('english', ?) q
         WHERE a.tsv @@ q ORDER BY ts_rank(a.tsv, q) DESC, a.id LIMIT ?`,
        [words.join(' '), limit],
      ),
    close: () => pool.end(),
  };
  try {
    await migratePostgres(dialect, schema, PG_MIGRATIONS);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return { pool, schema, dialect };
}

/** Applies the migrations a store lacks, one transaction each, under an advisory lock. */
async function migratePostgres(d: Dialect, schema: string, migrations: readonly string[]): Promise<number> {
  let version = 0;
  for (;;) {
    const applied = await d.transaction(async (tx) => {
      await tx.run("SELECT pg_advisory_xact_lock(hashtext('dyad-migrations'))");
      // The schema name is a checked identifier; identifiers cannot be parameters.
      await tx.run(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await tx.run(
        `CREATE TABLE IF NOT EXISTS dyad_migrations (
           version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const [row] = await tx.all<{ v: number | null }>('SELECT max(version) AS v FROM dyad_migrations');
      version = row?.v ?? 0;
      if (version >= migrations.length) return false;
      await tx.run(migrations[version]!);
      await tx.run('INSERT INTO dyad_migrations (version) VALUES (?)', [version + 1]);
      return true;
    });
    if (!applied) return version;
  }
}

/** Opens (creating and migrating when needed) the PostgreSQL store at `url`. */
export async function openPostgresStore(url: string): Promise<EventStore> {
  const { dialect } = await connectPostgres(url);
  return sqlStore(dialect);
}
