// The ingest loop: read → code (in a pool, a bounded number in flight) → store, one article at a time
// atomically, so a run killed at any moment can be re-run: stored articles come back `unchanged`.
import type { Article } from '../core/article.js';
import type { EventRecord } from '../core/event.js';
import { formatIssue, type Issue, type IssueCode } from '../core/issue.js';
import { contentHash } from '../store/types.js';
import { readInputs } from './index.js';
import { createPool } from './pool.js';
import type { ReadOptions } from './types.js';

type Awaitable<T> = T | Promise<T>;
type PutStatus = {
  status: 'inserted' | 'unchanged' | 'replaced' | 'copied';
  articleId: string;
  mentions: number;
};

/** The part of the store ingest needs (`src/store` EventStore satisfies it). */
export interface IngestStore {
  putArticle(article: Article, events: readonly EventRecord[]): Awaitable<PutStatus>;
  /**
   * When the store offers it: stores the article without coding it when its content is stored already
   * (unchanged, or a copy under another url), else null.
   */
  putKnown?(article: Article): Awaitable<PutStatus | null>;
}

export interface IngestSummary {
  read: number;
  inserted: number;
  unchanged: number;
  replaced: number;
  /** Copies of stored content under another id and url: stored with the mentions of the content, not coded again. */
  copied: number;
  events: number;
  /** Inputs not stored on purpose (not English, duplicate id), by issue code. */
  skipped: Record<string, number>;
  /** Inputs that could not be read or coded, by issue code. */
  failed: Record<string, number>;
  /** Every issue, one line each (file:line: reason [CODE]). */
  issues: string[];
  seconds: number;
  /** Input files finished so far, and bytes read from disk (for progress). */
  files: number;
  bytes: number;
}

export interface IngestOptions extends ReadOptions {
  workers?: number;
  /** Called after each article or issue, for progress display. */
  onProgress?: (s: IngestSummary) => void;
  /** Called with each issue line as it happens. */
  onIssue?: (line: string) => void;
  /** Most issue lines kept in the summary (default 10,000; counts are always complete). */
  maxIssues?: number;
}

const SKIPS: ReadonlySet<IssueCode> = new Set(['NOT_ENGLISH', 'DUPLICATE']);

export const failedCount = (s: IngestSummary): number => Object.values(s.failed).reduce((a, b) => a + b, 0);

export async function runIngest(
  paths: readonly string[],
  store: IngestStore,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const s: IngestSummary = {
    read: 0,
    inserted: 0,
    unchanged: 0,
    replaced: 0,
    copied: 0,
    events: 0,
    skipped: {},
    failed: {},
    issues: [],
    seconds: 0,
    files: 0,
    bytes: 0,
  };
  const maxIssues = options.maxIssues ?? 10_000;
  const note = (i: Issue, counted = true): void => {
    if (counted) {
      const bucket = SKIPS.has(i.code) ? s.skipped : s.failed;
      bucket[i.code] = (bucket[i.code] ?? 0) + 1;
    }
    const line = formatIssue(i);
    if (s.issues.length < maxIssues) s.issues.push(line);
    options.onIssue?.(line);
  };
  const pool = await createPool(options.workers ?? 1);
  const limit = Math.max(2, pool.size * 4);
  const inFlight = new Set<Promise<void>>();
  /** Articles being coded, by content hash. */
  const coding = new Map<string, Promise<void>>();
  try {
    let file: string | undefined;
    const reading = {
      ...options,
      onBytes: (b: number): void => {
        s.bytes += b;
      },
    };
    for await (const item of readInputs(paths, reading)) {
      const from = ('issue' in item ? item.issue.where : item.where)?.replace(/#\d+$/, '');
      if (from !== file) {
        if (file !== undefined) s.files++;
        file = from;
      }
      if ('issue' in item) {
        note(item.issue);
        options.onProgress?.(s);
        continue;
      }
      s.read++;
      const { article, where, line } = item;
      // A copy of an article still being coded in this run waits for it, then is stored as a copy.
      const hash = contentHash(article);
      await coding.get(hash);
      const known = await store.putKnown?.(article);
      if (known) {
        s[known.status]++;
        s.events += known.mentions;
        options.onProgress?.(s);
        continue;
      }
      const task = pool.code(article).then(async (coded) => {
        for (const i of coded.issues)
          note(
            {
              ...i,
              where: where,
              ...(line !== undefined && { line }),
              message: `${article.id}: ${i.message}`,
            },
            i.code === 'INTERNAL',
          );
        if (coded.issues.some((i) => i.code === 'INTERNAL')) return void options.onProgress?.(s);
        const r = await store.putArticle(article, coded.events);
        s[r.status]++;
        s.events += r.mentions;
        options.onProgress?.(s);
      });
      const tracked: Promise<void> = task.finally(() => {
        inFlight.delete(tracked);
        if (coding.get(hash) === tracked) coding.delete(hash);
      });
      inFlight.add(tracked);
      if (store.putKnown) coding.set(hash, tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (file !== undefined) s.files++;
  } finally {
    await pool.close();
  }
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
