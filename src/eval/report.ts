import type { Issue } from '../core/issue.js';
import type { GoldEvent, MustNot } from './gold.js';
import type { PredictedEvent } from './predicted.js';

/** What `score` returns and `dyad eval --json` prints. Every figure is defined in docs/eval.md. */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A share of root-matched pairs; `value` is null when there are none. */
export interface Accuracy {
  correct: number;
  total: number;
  value: number | null;
}

export interface Scores {
  /** Required, non-denied gold events. */
  gold: number;
  /** Non-denied predicted events. */
  predicted: number;
  root: Prf;
  strict: Prf;
  date: Accuracy;
  status: Accuracy;
  /** Predictions excused by an optional gold event (root level): counted on neither side. */
  optional_matched: number;
  must_not: { entries: number; violated: number };
  denied: {
    /** Gold events marked denied (left out of P/R). */
    gold: number;
    /** Predictions with status denied (left out of P/R). */
    predicted: number;
    /** Non-denied predictions that root-match a denied gold event (each is also a false positive). */
    asserted: number;
  };
}

export interface RootScores {
  root: string;
  /** Required gold events whose `code` has this root. */
  gold: number;
  /** Non-denied predictions whose code has this root. */
  predicted: number;
  /** True positives go to the gold event's root, false positives to the prediction's. */
  root_match: Prf;
  strict: Prf;
}

/** A gold event as listed in the report: its index in the article's `events` and the event. */
export interface GoldRef {
  index: number;
  event: GoldEvent;
}

export interface PredictedRef {
  index: number;
  event: PredictedEvent;
}

export interface MatchedPair {
  gold: GoldRef;
  predicted: PredictedRef;
  /** Conditions of the strict match this root-matched pair fails (`actors`, `code`, `date`). */
  strict_failures: string[];
  date_ok: boolean;
  status_ok: boolean;
}

export interface FalsePositive extends PredictedRef {
  /** Set when the prediction root-matches a gold event marked denied: it asserts a denied event. */
  asserts_denied?: GoldRef;
}

export interface Violation {
  rule: MustNot;
  predicted: PredictedRef;
}

export interface ArticleScores {
  id: string;
  scores: Scores;
  /** Root-matched pairs (required gold events only). */
  matched: MatchedPair[];
  /** Required gold events no prediction root-matches. */
  missed: GoldRef[];
  /** Predictions that root-match no gold event (optional ones excused). */
  false_positives: FalsePositive[];
  violations: Violation[];
}

export interface EvalReport {
  overall: Scores;
  by_root: RootScores[];
  articles: ArticleScores[];
  issues: Issue[];
}
