import type { Accuracy, Prf } from './report.js';

/**
 * Precision, recall and F1 from counts. A ratio with nothing under it is 0, except that nothing to
 * find and nothing predicted is a perfect 1 on all three.
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sums counts and recomputes the ratios: micro-averaging. */
export const addPrf = (a: Prf, b: Prf): Prf => prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);

export const accuracy = (correct: number, total: number): Accuracy => ({
  correct,
  total,
  value: total === 0 ? null : correct / total,
});

export const addAccuracy = (a: Accuracy, b: Accuracy): Accuracy =>
  accuracy(a.correct + b.correct, a.total + b.total);
