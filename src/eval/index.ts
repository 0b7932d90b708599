/** The scorer: gold sets in, predictions matched, figures out (docs/eval.md). */
export { countryOf, rootMatch, rootOf, strictMatch, violates } from './criteria.js';
export { GoldArticle, GoldEvent, MustNot } from './gold.js';
export { PredictedEvent } from './predicted.js';
export { type GoldSet, parseGold, readGold } from './read-gold.js';
export { type PredictionSet, parsePredictions, readPredictions } from './read-predictions.js';
export type {
  Accuracy,
  ArticleScores,
  EvalReport,
  MatchedPair,
  Prf,
  RootScores,
  Scores,
  Violation,
} from './report.js';
export { score } from './score.js';
export { formatTable, type TableOptions } from './table.js';
