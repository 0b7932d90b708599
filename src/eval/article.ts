import {
  codeAccepted,
  dateConsistent,
  dyadAgrees,
  rootMatch,
  rootOf,
  sameActor,
  strictFailures,
  strictMatch,
  violates,
} from './criteria.js';
import { evidenceCover } from './evidence.js';
import type { GoldArticle, GoldEvent } from './gold.js';
import { type Candidate, greedyMatch, type Pair } from './greedy.js';
import type { PredictedEvent } from './predicted.js';
import { accuracy, prf } from './prf.js';
import type { ArticleScores, FalsePositive, MatchedPair, Violation } from './report.js';

/** Counts per root code for one article, summed over the file by `score`. */
export interface RootCounts {
  gold: number;
  predicted: number;
  root: { tp: number; fp: number; fn: number };
  strict: { tp: number; fp: number; fn: number };
}

type Test = (g: GoldEvent, p: PredictedEvent) => boolean;

/** The result of matching at one level: pairs with required gold events, and optional ones (excused). */
interface Level {
  required: Pair[];
  optional: Pair[];
}

/**
 * Scores one article: root and strict matching (required gold first, then optional), date and
 * status accuracy over root-matched pairs, must_not violations, and per-root counts.
 */
export function scoreArticle(
  article: GoldArticle,
  predicted: readonly PredictedEvent[],
): { scores: ArticleScores; byRoot: Map<string, RootCounts> } {
  const gold = article.events;
  const indices = <T>(xs: readonly T[], keep: (x: T) => boolean): number[] =>
    xs.flatMap((x, i) => (keep(x) ? [i] : []));
  const required = indices(gold, (g) => !g.optional && g.status !== 'denied');
  const optional = indices(gold, (g) => g.optional && g.status !== 'denied');
  const denied = indices(gold, (g) => g.status === 'denied');
  const live = indices(predicted, (p) => p.status !== 'denied');

  // Best match first: strict before root-only, then the evidence, then each agreeing detail.
  const rank = (g: GoldEvent, p: PredictedEvent): number[] => {
    const cover = evidenceCover(article.text, g.evidence, p);
    return [
      strictMatch(g, p) ? 1 : 0,
      cover >= 0.5 ? 1 : 0,
      codeAccepted(g, p) ? 1 : 0,
      dyadAgrees(g, p, sameActor) !== null ? 1 : 0,
      dateConsistent(g, p) ? 1 : 0,
      g.status === p.status ? 1 : 0,
      sameDirection(g, p) ? 1 : 0,
      cover,
    ];
  };
  const candidates = (golds: number[], test: Test): Candidate[] =>
    golds.flatMap((gi) =>
      live.flatMap((pi) => {
        const g = gold[gi]!;
        const p = predicted[pi]!;
        return test(g, p) ? [{ gold: gi, predicted: pi, key: rank(g, p) }] : [];
      }),
    );
  const match = (test: Test): Level => {
    const req = greedyMatch(candidates(required, test));
    const opt = greedyMatch(candidates(optional, test), new Set(req.map((p) => p.predicted)));
    return { required: req, optional: opt };
  };
  const root = match(rootMatch);
  const strict = match(strictMatch);

  const matched: MatchedPair[] = root.required.map(({ gold: gi, predicted: pi }) => {
    const g = gold[gi]!;
    const p = predicted[pi]!;
    return {
      gold: { index: gi, event: g },
      predicted: { index: pi, event: p },
      strict_failures: strictFailures(g, p),
      date_ok: dateConsistent(g, p),
      status_ok: g.status === p.status,
    };
  });
  const used = (level: Level): Set<number> =>
    new Set([...level.required, ...level.optional].map((p) => p.predicted));
  const rootUsed = used(root);
  const rootFound = new Set(root.required.map((p) => p.gold));
  const missed = required.filter((gi) => !rootFound.has(gi)).map((gi) => ({ index: gi, event: gold[gi]! }));
  const falsePositives: FalsePositive[] = live
    .filter((pi) => !rootUsed.has(pi))
    .map((pi) => {
      const p = predicted[pi]!;
      const d = denied.find((gi) => rootMatch(gold[gi]!, p));
      return {
        index: pi,
        event: p,
        ...(d !== undefined && { asserts_denied: { index: d, event: gold[d]! } }),
      };
    });
  const violations: Violation[] = article.must_not.flatMap((rule) => {
    const pi = live.find((i) => violates(rule, predicted[i]!));
    return pi === undefined ? [] : [{ rule, predicted: { index: pi, event: predicted[pi]! } }];
  });

  const strictUsed = used(strict);
  const rootTp = root.required.length;
  const strictTp = strict.required.length;
  const scores: ArticleScores = {
    id: article.id,
    scores: {
      gold: required.length,
      predicted: live.length,
      root: prf(rootTp, live.length - rootUsed.size, required.length - rootTp),
      strict: prf(strictTp, live.length - strictUsed.size, required.length - strictTp),
      date: accuracy(matched.filter((m) => m.date_ok).length, matched.length),
      status: accuracy(matched.filter((m) => m.status_ok).length, matched.length),
      optional_matched: root.optional.length,
      must_not: { entries: article.must_not.length, violated: violations.length },
      denied: {
        gold: denied.length,
        predicted: predicted.length - live.length,
        asserted: falsePositives.filter((f) => f.asserts_denied).length,
      },
    },
    matched,
    missed,
    false_positives: falsePositives,
    violations,
  };
  return { scores, byRoot: rootCounts(gold, predicted, required, live, root, strict) };
}

/** True when the prediction's source is the gold source's country (the gold's own direction). */
const sameDirection = (g: GoldEvent, p: PredictedEvent): boolean =>
  p.source.code.slice(0, 3) === g.source.slice(0, 3);

/** Per-root counts: true positives and misses under the gold root, false positives under the predicted root. */
function rootCounts(
  gold: readonly GoldEvent[],
  predicted: readonly PredictedEvent[],
  required: number[],
  live: number[],
  root: Level,
  strict: Level,
): Map<string, RootCounts> {
  const out = new Map<string, RootCounts>();
  const at = (r: string): RootCounts => {
    let c = out.get(r);
    if (!c) {
      c = { gold: 0, predicted: 0, root: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 } };
      out.set(r, c);
    }
    return c;
  };
  for (const gi of required) at(rootOf(gold[gi]!.code)).gold++;
  for (const pi of live) at(rootOf(predicted[pi]!.code)).predicted++;
  for (const [name, level] of [
    ['root', root],
    ['strict', strict],
  ] as const) {
    const found = new Set(level.required.map((p) => p.gold));
    const used = new Set([...level.required, ...level.optional].map((p) => p.predicted));
    for (const gi of required) {
      const r = rootOf(gold[gi]!.code);
      if (found.has(gi)) at(r)[name].tp++;
      else at(r)[name].fn++;
    }
    for (const pi of live) if (!used.has(pi)) at(rootOf(predicted[pi]!.code))[name].fp++;
  }
  return out;
}
