// The work queue's bookkeeping, in-process against PostgreSQL: re-enqueueing, a coding error marked
// failed, and an article whose worker dies every time it holds it (its session is terminated while the
// article is claimed) failed after the claim limit instead of being re-claimed forever.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coder, WorkQueue } from './queue.js';
import { openQueue } from './queue.js';
import { article } from './test-helpers/fixtures.js';
import { PG_TEST_URL, pgSchema, pgUnavailable } from './test-helpers/targets.js';

const unavailable = await pgUnavailable();
const nothing: Coder = async () => ({ events: [], issues: [] });

describe.skipIf(unavailable !== undefined)('work queue', () => {
  let schema: Awaited<ReturnType<typeof pgSchema>>;
  let queue: WorkQueue;
  let admin: pg.Client;
  const app = `dyad-queue-test-${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    schema = await pgSchema();
    queue = await openQueue(schema.db, { applicationName: app, maxClaims: 2 });
    admin = new pg.Client({ connectionString: PG_TEST_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await queue?.close();
    await admin?.end();
    await schema?.drop();
  });

  it('adds new and changed articles, leaves the same ones', async () => {
    expect(await queue.enqueue([article('a'), article('b')])).toEqual({ added: 2, unchanged: 0 });
    expect(await queue.work(nothing, 'w')).toBe('inserted');
    expect(await queue.enqueue([article('a'), article('b')])).toEqual({ added: 0, unchanged: 2 });
    expect(await queue.enqueue([article('a', { text: 'Changed.' })])).toEqual({ added: 1, unchanged: 0 });
    expect(await queue.counts()).toEqual({ pending: 2, done: 0, failed: 0 });
    // A changed article is pending again in its old place in the queue.
    expect(await queue.work(nothing, 'w')).toBe('replaced');
    expect(await queue.work(nothing, 'w')).toBe('inserted');
    expect(await queue.work(nothing, 'w')).toBe('empty');
  });

  it('marks an article whose coding throws as failed', async () => {
    await queue.enqueue([article('boom')]);
    expect(
      await queue.work(async () => {
        throw new Error('coder broke');
      }, 'w'),
    ).toBe('failed');
    expect(await queue.counts()).toMatchObject({ pending: 0, failed: 1 });
  });

  it('fails an article whose worker dies each time it holds it, after the claim limit', async () => {
    await queue.enqueue([article('poison'), article('fine')]);
    // The worker "dies" with the article claimed: its session is terminated before anything commits.
    const dies: Coder = async () => {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = $1 AND state = 'idle in transaction'`,
        [app],
      );
      throw new Error('worker died');
    };
    for (let i = 0; i < 2; i++) await expect(queue.work(dies, 'w')).rejects.toThrow();
    expect(await queue.counts()).toMatchObject({ pending: 2 });
    expect(await queue.work(nothing, 'w')).toBe('failed');
    expect(await queue.work(nothing, 'w')).toBe('inserted');
    expect(await queue.counts()).toEqual({ pending: 0, done: 3, failed: 2 });
  });
});
