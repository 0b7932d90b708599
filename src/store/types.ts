// The store's interface: what ingest, the CLI, the analysis functions and the API may ask of a store.
// Every method returns a promise, so a networked adapter (PostgreSQL) implements it as well as the
// embedded one (SQLite, synchronous inside). Both are thin dialects over one SQL core (./sql.ts); the
// shared suite (./store.suite.ts) tests them.
import { createHash } from 'node:crypto';
import type { Article } from '../core/article.js';
import type { EventRecord } from '../core/event.js';

/**
 * What a put did: `inserted` a new article, `replaced` the article stored under the same id or url
 * (its mentions with it), `copied` a new article whose content was stored already under another id
 * and url (its mentions copied, not coded again), or nothing (`unchanged`: this article is stored).
 */
export interface PutResult {
  status: 'inserted' | 'unchanged' | 'replaced' | 'copied';
  articleId: string;
  /** Mentions this put stored (0 when unchanged). */
  mentions: number;
}

/** Filters over stored event mentions; every field is optional and they combine with AND. */
export interface EventQuery {
  /** Actor code prefix, as source or target. */
  actor?: string;
  /** Two actor code prefixes, either direction. */
  dyad?: [string, string];
  /** CAMEO code prefix ("04" = root 04, "042" = leaf 042 and below). */
  code?: string;
  quadClass?: 1 | 2 | 3 | 4;
  status?: EventRecord['status'];
  /** First date (inclusive), `YYYY[-MM[-DD]]`. */
  from?: string;
  /** Last date (inclusive by prefix: `2026` takes every date starting with 2026). */
  to?: string;
  /** Place name or country code of the event's location (case-insensitive, exact). */
  place?: string;
  /** Case-insensitive substring of the evidence sentence. */
  text?: string;
  sort?: 'date' | '-date' | 'goldstein' | '-goldstein';
  limit?: number;
  offset?: number;
}

/** A stored article as returned to readers. */
export interface StoredArticle extends Article {
  hash: string;
}

/** One full-text hit over stored articles. */
export interface ArticleHit {
  id: string;
  title: string | null;
  published: string;
  /** A short excerpt around the match, the matched words between [ and ]. */
  snippet: string;
}

/** One directed edge of the actor network: mentions from source to target and their Goldstein sum. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  goldstein: number;
}

/**
 * One deduplicated event: the mentions that share date, source, target, CAMEO code and status, counted
 * as GDELT counts them (NumMentions: every mention, NumArticles: distinct articles, NumSources: distinct
 * outlets), with the first and last publication date that reported it. Stored in the `events` table,
 * kept up to date by every write.
 */
export interface FoldedEvent {
  date: string | null;
  source: string;
  target: string | null;
  code: string;
  root: string;
  quadClass: number;
  status: EventRecord['status'];
  goldstein: number;
  numMentions: number;
  numArticles: number;
  numSources: number;
  firstSeen: string;
  lastSeen: string;
  /** One mention's id, to open its evidence. */
  exampleId: string;
}

/**
 * The mentions of one period, QuadClass and root: what a dyad series is made of. `period` is the date's
 * first 10 (by day) or 7 (by month) characters; undated mentions are left out.
 */
export interface SeriesRow {
  period: string;
  quadClass: number;
  root: string;
  count: number;
  /** Goldstein sum, unrounded. */
  goldstein: number;
}

/** An occurred, dated mention as a plan's outcome is judged by: who did it to whom, its root, its date. */
export interface OutcomeRow {
  id: string;
  source: string;
  target: string | null;
  root: string;
  date: string;
}

export interface EventStore {
  /** Which adapter this is. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores an article with its events, whole or not at all. An article is the one stored under its id
   * or its url: the same content there again changes nothing; other content replaces it and its mentions.
   */
  putArticle(article: Article, events: readonly EventRecord[]): Promise<PutResult>;
  /**
   * Stores the article without coding it when its content is known: `unchanged` when it is stored
   * (same id or url, same content), `copied` (or `replaced`) when the same content is stored under
   * another id and url: a syndicated copy, whose mentions are copied from it. Null when the content is
   * new and must be coded (then `putArticle`).
   */
  putKnown(article: Article): Promise<PutResult | null>;
  /** True when this exact article (same id or url, same content) is stored already. */
  hasArticle(article: Article): Promise<boolean>;
  events(query?: EventQuery): Promise<EventRecord[]>;
  /** One event mention by id, or null. */
  getEvent(id: string): Promise<EventRecord | null>;
  /** One article by id, or null. */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Actor codes with how many mentions name them (source or target), most frequent first. */
  actorCounts(limit?: number): Promise<Array<{ code: string; events: number }>>;
  /**
   * Mentions folded into events (see FoldedEvent), filtered by `query` (over mentions) and paged.
   * `oneADay` folds further to one event per day, dyad and root code (the analysts' "one-a-day" filter).
   */
  foldedEvents(query?: EventQuery, opts?: { oneADay?: boolean }): Promise<FoldedEvent[]>;
  /** The actor network over the mentions a query selects (paging ignored), heaviest edges first. */
  network(query?: EventQuery): Promise<NetworkEdge[]>;
  /** The mentions a query selects (paging ignored) summed by period (`by` day or month), QuadClass and root. */
  seriesRows(query: EventQuery, by: 'day' | 'month'): Promise<SeriesRow[]>;
  /**
   * The occurred, dated mentions that could fulfil these plans: those with a plan's source and target
   * (or its lack of one), in date order (as `events` sorts them).
   */
  outcomeRows(plans: ReadonlyArray<{ source: string; target: string | null }>): Promise<OutcomeRow[]>;
  /**
   * The mentions a query selects whose |Goldstein| is at least the `n`-th largest among them, in list
   * order: every mention that could be among the `n` strongest, ties included (the analysis's
   * `topEvents` ranks them by |Goldstein| and confidence).
   */
  strongest(query: EventQuery, n: number): Promise<EventRecord[]>;
  /** Full-text search over article titles and texts (SQLite FTS5, PostgreSQL tsvector), best match first. */
  searchArticles(query: string, limit?: number): Promise<ArticleHit[]>;
  /** Stored articles, event mentions, and events (mentions folded, see FoldedEvent). */
  counts(): Promise<{ articles: number; mentions: number; events: number }>;
  /**
   * The distinct contents stored (one article for each content hash; copies share one), by hash, after
   * `after`: what `dyad recode` walks.
   */
  contents(after: string | null, limit: number): Promise<StoredArticle[]>;
  /**
   * Replaces the mentions of every article with content `hash` by `events` (coded from any one of them;
   * each copy gets them under its own id), in one transaction. Returns the articles changed.
   */
  replaceMentions(hash: string, events: readonly EventRecord[]): Promise<number>;
  close(): Promise<void>;
}

/** The content key of an article: same date, title and text means the same article. */
export const contentHash = (a: Article): string =>
  createHash('sha256')
    .update(`${a.published}\n${a.title ?? ''}\n${a.text}`)
    .digest('hex');
