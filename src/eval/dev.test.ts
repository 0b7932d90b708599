import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/paths.js';
import type { GoldArticle } from './gold.js';
import type { PredictedEvent } from './predicted.js';
import { readGold } from './read-gold.js';
import { score } from './score.js';

/** The shared dev set, read in place (never copied into the project). */
const DEV = join(packageRoot, '..', 'shared', 'eval', 'dev.jsonl');

/** Each gold event as the prediction a perfect coder would make, optional and denied ones included. */
const asPredictions = (a: GoldArticle): PredictedEvent[] =>
  a.events.map((e) => ({
    source: { code: e.source },
    target: e.target === null ? null : { code: e.target },
    code: e.code,
    date: e.date,
    status: e.status,
    evidence: { text: e.evidence },
  }));

describe.skipIf(!existsSync(DEV))('the dev set scored against itself', () => {
  const { articles, issues } = readGold(DEV);
  const report = score(articles, new Map(articles.map((a) => [a.id, asPredictions(a)])));

  it('reads every line', () => {
    expect(issues).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('scores 1.0 everywhere, with no must_not violated', () => {
    const o = report.overall;
    for (const level of [o.root, o.strict]) {
      expect([level.precision, level.recall, level.f1, level.fp, level.fn]).toEqual([1, 1, 1, 0, 0]);
    }
    expect([o.date.value, o.status.value, o.must_not.violated, o.denied.asserted]).toEqual([1, 1, 0, 0]);
    expect(report.by_root.every((r) => r.root_match.f1 === 1 && r.strict.f1 === 1)).toBe(true);
    expect(report.articles.every((a) => a.missed.length === 0 && a.false_positives.length === 0)).toBe(true);
  });

  it('without predictions, recall is 0 and every gold event is missed', () => {
    const empty = score(articles, new Map(articles.map((a) => [a.id, []])));
    expect([empty.overall.root.recall, empty.overall.strict.recall]).toEqual([0, 0]);
    expect(empty.articles.reduce((n, a) => n + a.missed.length, 0)).toBe(empty.overall.gold);
  });
});
