// The work queue in PostgreSQL: `dyad ingest --queue` puts articles in, any number of `dyad worker`
// processes (on any machines) take them out. A worker claims the oldest pending article with
// `FOR UPDATE SKIP LOCKED` inside a transaction and keeps that transaction open while it codes the
// article; the mentions, the recounted events and the done-mark then commit together. A worker killed
// mid-article never commits: its connection drops, PostgreSQL rolls the transaction back and releases
// the row, and the next worker claims it. So every article is coded and stored exactly once.
import type { Article } from '../core/article.js';
import type { Issue } from '../core/issue.js';
import { connectPostgres, type PgDatabase, type PgOptions } from './postgres.js';
import { putArticleIn, putKnownIn } from './sql.js';
import { contentHash, type PutResult } from './types.js';

export interface QueueCounts {
  pending: number;
  done: number;
  failed: number;
}

/** What one `work` call did: stored an article (how), marked it failed, or found nothing to claim
 * (`empty`: nothing pending; `busy`: pending articles are all held by other workers). */
export type WorkResult = PutResult['status'] | 'failed' | 'empty' | 'busy';

export type Coder = (
  article: Article,
) => Promise<{ events: import('../core/event.js').EventRecord[]; issues: Issue[] }>;

export interface WorkQueue {
  /** Adds articles (a new id, or a known id with other content, is pending again); counts added. */
  enqueue(articles: readonly Article[]): Promise<{ added: number; unchanged: number }>;
  /** Claims one pending article, codes it with `code` (unless its content is stored already) and stores
   * it with its done-mark, all in one transaction. */
  work(code: Coder, worker: string): Promise<WorkResult>;
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}

/** Opens the queue of the PostgreSQL store at `url` (creating and migrating the store when needed). */
export async function openQueue(
  url: string,
  opts: PgOptions & {
    /** Claims after which an article that never finished (its worker died each time) is failed. */
    maxClaims?: number;
  } = {},
): Promise<WorkQueue> {
  const db: PgDatabase = await connectPostgres(url, opts);
  const d = db.dialect;
  const maxClaims = opts.maxClaims ?? 3;
  return {
    async enqueue(articles) {
      // One row per id (the last one read wins), in batches.
      const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
      let added = 0;
      for (let i = 0; i < unique.length; i += 300) {
        const part = unique.slice(i, i + 300);
        const rows = await d.all<{ id: string }>(
          `INSERT INTO queue (id, hash, article) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}
           ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, article = excluded.article,
             state = 'pending', worker = NULL, result = NULL, mentions = NULL, error = NULL, done_at = NULL,
             enqueued_at = now()
           WHERE queue.hash <> excluded.hash
           RETURNING id`,
          part.flatMap((a) => [a.id, contentHash(a), JSON.stringify(a)]),
        );
        if (rows.length)
          await d.run(
            `DELETE FROM queue_claims WHERE id IN (${rows.map(() => '?').join(', ')})`,
            rows.map((r) => r.id),
          );
        added += rows.length;
      }
      return { added, unchanged: unique.length - added };
    },
    work(code, worker) {
      const counted = new Set<string>();
      return d.transaction(async (tx): Promise<WorkResult> => {
        const [job] = await tx.all<{ id: string; article: string }>(
          `SELECT id, article FROM queue WHERE state = 'pending' ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!job) {
          const [p] = await tx.all<{ n: number }>("SELECT count(*) AS n FROM queue WHERE state = 'pending'");
          return p!.n > 0 ? 'busy' : 'empty';
        }
        // Counted on another connection, outside this transaction: a rollback (a dead worker) keeps it.
        if (!counted.has(job.id)) {
          counted.add(job.id);
          const [c] = await d.all<{ claims: number }>(
            `INSERT INTO queue_claims (id, claims) VALUES (?, 1)
             ON CONFLICT (id) DO UPDATE SET claims = queue_claims.claims + 1 RETURNING claims`,
            [job.id],
          );
          if (c!.claims > maxClaims) {
            await tx.run(
              "UPDATE queue SET state = 'failed', worker = ?, error = ?, done_at = now() WHERE id = ?",
              [worker, `claimed ${c!.claims} times and never finished (its worker died each time)`, job.id],
            );
            return 'failed';
          }
        }
        const article = JSON.parse(job.article) as Article;
        let put = await putKnownIn(tx, d, article);
        if (!put) {
          let coded: Awaited<ReturnType<Coder>>;
          try {
            coded = await code(article);
          } catch (err) {
            coded = { events: [], issues: [{ code: 'INTERNAL', message: (err as Error).message } as Issue] };
          }
          const internal = coded.issues.filter((i) => i.code === 'INTERNAL');
          if (internal.length) {
            await tx.run(
              "UPDATE queue SET state = 'failed', worker = ?, error = ?, done_at = now() WHERE id = ?",
              [worker, internal.map((i) => i.message).join('; '), job.id],
            );
            return 'failed';
          }
          put = await putArticleIn(tx, d, article, coded.events);
        }
        await tx.run(
          "UPDATE queue SET state = 'done', worker = ?, result = ?, mentions = ?, done_at = now() WHERE id = ?",
          [worker, put.status, put.mentions, job.id],
        );
        return put.status;
      });
    },
    async counts() {
      const rows = await d.all<{ state: keyof QueueCounts; n: number }>(
        'SELECT state, count(*) AS n FROM queue GROUP BY state',
      );
      const c: QueueCounts = { pending: 0, done: 0, failed: 0 };
      for (const r of rows) c[r.state] = r.n;
      return c;
    },
    close: () => d.close(),
  };
}
