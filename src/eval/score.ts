import { type Issue, issue } from '../core/issue.js';
import { type RootCounts, scoreArticle } from './article.js';
import type { GoldArticle } from './gold.js';
import type { PredictedEvent } from './predicted.js';
import { accuracy, addAccuracy, addPrf, prf } from './prf.js';
import type { ArticleScores, EvalReport, RootScores, Scores } from './report.js';

const empty = (): Scores => ({
  gold: 0,
  predicted: 0,
  root: prf(0, 0, 0),
  strict: prf(0, 0, 0),
  date: accuracy(0, 0),
  status: accuracy(0, 0),
  optional_matched: 0,
  must_not: { entries: 0, violated: 0 },
  denied: { gold: 0, predicted: 0, asserted: 0 },
});

const add = (a: Scores, b: Scores): Scores => ({
  gold: a.gold + b.gold,
  predicted: a.predicted + b.predicted,
  root: addPrf(a.root, b.root),
  strict: addPrf(a.strict, b.strict),
  date: addAccuracy(a.date, b.date),
  status: addAccuracy(a.status, b.status),
  optional_matched: a.optional_matched + b.optional_matched,
  must_not: {
    entries: a.must_not.entries + b.must_not.entries,
    violated: a.must_not.violated + b.must_not.violated,
  },
  denied: {
    gold: a.denied.gold + b.denied.gold,
    predicted: a.denied.predicted + b.denied.predicted,
    asserted: a.denied.asserted + b.denied.asserted,
  },
});

/**
 * Scores predicted events against a gold set as FORMAT.md defines (see docs/eval.md): each article
 * on its own, then micro-averaged over the file, per root code and per article. An article with no
 * predictions is scored as predicting nothing; predictions for articles not in the gold are ignored.
 * Both facts are reported as issues.
 */
export function score(
  gold: readonly GoldArticle[],
  predictions: ReadonlyMap<string, readonly PredictedEvent[]>,
): EvalReport {
  const issues: Issue[] = [];
  const articles: ArticleScores[] = [];
  const roots = new Map<string, RootCounts>();
  let overall = empty();
  for (const article of gold) {
    const predicted = predictions.get(article.id);
    if (!predicted)
      issues.push(issue('EMPTY_INPUT', 'no predictions for this article: scored as none', article.id));
    const { scores, byRoot } = scoreArticle(article, predicted ?? []);
    articles.push(scores);
    overall = add(overall, scores.scores);
    for (const [root, c] of byRoot) {
      const t = roots.get(root);
      if (!t) roots.set(root, structuredClone(c));
      else {
        t.gold += c.gold;
        t.predicted += c.predicted;
        for (const k of ['tp', 'fp', 'fn'] as const) {
          t.root[k] += c.root[k];
          t.strict[k] += c.strict[k];
        }
      }
    }
  }
  const known = new Set(gold.map((a) => a.id));
  for (const id of predictions.keys()) {
    if (!known.has(id))
      issues.push(issue('BAD_FIELD', 'predictions for an article not in the gold: ignored', id));
  }
  const by_root: RootScores[] = [...roots.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([root, c]) => ({
      root,
      gold: c.gold,
      predicted: c.predicted,
      root_match: prf(c.root.tp, c.root.fp, c.root.fn),
      strict: prf(c.strict.tp, c.strict.fp, c.strict.fn),
    }));
  return { overall, by_root, articles, issues };
}
