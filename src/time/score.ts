import type { TimeExpr } from '../core/doc.js';
import type { GoldTimex } from './timeml.js';

export interface TimeScores {
  gold: number;
  predicted: number;
  relaxed: { precision: number; recall: number; f1: number };
  strict: { precision: number; recall: number; f1: number };
  /** Over relaxed matches. */
  type_accuracy: number;
  value_accuracy: number;
  /** TempEval-3's attribute F1: relaxed F1 × value accuracy. */
  value_f1: number;
  type_f1: number;
}

export interface TimeErrors {
  missed: GoldTimex[];
  spurious: TimeExpr[];
  wrongValue: Array<{ gold: GoldTimex; predicted: TimeExpr }>;
  wrongType: Array<{ gold: GoldTimex; predicted: TimeExpr }>;
}

const prf = (tp: number, predicted: number, gold: number) => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

/**
 * TempEval-3 measures for one set of documents: a prediction matches a gold expression when their
 * extents overlap (relaxed) or are equal (strict), each matched at most once; type and value are
 * judged over relaxed matches.
 */
export function scoreTimes(docs: Array<{ gold: GoldTimex[]; predicted: TimeExpr[] }>): {
  scores: TimeScores;
  errors: TimeErrors;
} {
  let gold = 0;
  let predicted = 0;
  let relaxed = 0;
  let strict = 0;
  let typeOk = 0;
  let valueOk = 0;
  const errors: TimeErrors = { missed: [], spurious: [], wrongValue: [], wrongType: [] };
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    const used = new Set<number>();
    for (const g of d.gold) {
      const k = d.predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (k < 0) {
        errors.missed.push(g);
        continue;
      }
      used.add(k);
      const p = d.predicted[k]!;
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      if (p.type === g.type) typeOk++;
      else errors.wrongType.push({ gold: g, predicted: p });
      if (p.value === g.value) valueOk++;
      else errors.wrongValue.push({ gold: g, predicted: p });
    }
    d.predicted.forEach((p, i) => {
      if (!used.has(i)) errors.spurious.push(p);
    });
  }
  const r = prf(relaxed, predicted, gold);
  const value_accuracy = relaxed ? valueOk / relaxed : 0;
  const type_accuracy = relaxed ? typeOk / relaxed : 0;
  return {
    scores: {
      gold,
      predicted,
      relaxed: r,
      strict: prf(strict, predicted, gold),
      type_accuracy,
      value_accuracy,
      value_f1: r.f1 * value_accuracy,
      type_f1: r.f1 * type_accuracy,
    },
    errors,
  };
}
