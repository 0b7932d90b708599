import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldEvent, MustNot } from './gold.js';
import type { PredictedEvent } from './predicted.js';
import type { Scores } from './report.js';
import { score } from './score.js';

/** A gold event: JPNGOV → USAGOV 041 on 2026-01-02, occurred, unless overridden. */
const g = (over: Partial<GoldEvent> = {}): GoldEvent => ({
  source: 'JPNGOV',
  target: 'USAGOV',
  code: '041',
  alt_codes: [],
  symmetric: false,
  date: '2026-01-02',
  status: 'occurred',
  optional: false,
  evidence: '',
  ...over,
});

/** A prediction: `source target code date status` as one string (`-` for a null target or date). */
const p = (spec: string): PredictedEvent => {
  const [source, target, code, date, status] = spec.split(' ');
  return {
    source: { code: source! },
    target: target === '-' ? null : { code: target! },
    code: code!,
    date: date === '-' ? null : date!,
    status: (status ?? 'occurred') as PredictedEvent['status'],
  };
};

const article = (events: GoldEvent[], must_not: Partial<MustNot>[] = [], id = 'a1'): GoldArticle => ({
  id,
  published: '2026-01-03',
  text: '',
  events,
  must_not: must_not.map((m) => ({ source: 'JPN', target: 'CHN', root: '04', symmetric: false, ...m })),
});

const run = (events: GoldEvent[], preds: string[], must_not: Partial<MustNot>[] = []): Scores =>
  score([article(events, must_not)], new Map([['a1', preds.map(p)]])).overall;

/** [tp, fp, fn] of a level. */
const counts = (s: Scores, level: 'root' | 'strict'): number[] => [s[level].tp, s[level].fp, s[level].fn];

describe('score: matching rules', () => {
  // [name, gold events, predictions, root [tp, fp, fn], strict [tp, fp, fn]]
  it.each<[string, GoldEvent[], string[], number[], number[]]>([
    ['perfect', [g()], ['JPNGOV USAGOV 041 2026-01-02'], [1, 0, 0], [1, 0, 0]],
    ['nothing predicted', [g()], [], [0, 0, 1], [0, 0, 1]],
    ['nothing to find, something predicted', [], ['JPNGOV USAGOV 041 2026-01-02'], [0, 1, 0], [0, 1, 0]],
    // Direction.
    ['reversed, not symmetric', [g()], ['USAGOV JPNGOV 041 2026-01-02'], [0, 1, 1], [0, 1, 1]],
    ['reversed, symmetric', [g({ symmetric: true })], ['USAGOV JPNGOV 041 2026-01-02'], [1, 0, 0], [1, 0, 0]],
    ['other country', [g()], ['JPNGOV CHNGOV 041 2026-01-02'], [0, 1, 1], [0, 1, 1]],
    // Codes and roots.
    ['same root, other code', [g()], ['JPNGOV USAGOV 042 2026-01-02'], [1, 0, 0], [0, 1, 1]],
    ['other root', [g()], ['JPNGOV USAGOV 051 2026-01-02'], [0, 1, 1], [0, 1, 1]],
    [
      'alt code, full',
      [g({ code: '036', alt_codes: ['042'] })],
      ['JPNGOV USAGOV 042 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    [
      'alt code, root only',
      [g({ code: '036', alt_codes: ['042'] })],
      ['JPNGOV USAGOV 043 2026-01-02'],
      [1, 0, 0],
      [0, 1, 1],
    ],
    [
      'alt root of another family',
      [g({ code: '036', alt_codes: ['0311'] })],
      ['JPNGOV USAGOV 031 2026-01-02'],
      [1, 0, 0],
      [0, 1, 1],
    ],
    [
      'four-digit gold, three-digit prediction',
      [g({ code: '0311' })],
      ['JPNGOV USAGOV 031 2026-01-02'],
      [1, 0, 0],
      [0, 1, 1],
    ],
    // Actor codes.
    [
      'country gold matches any role',
      [g({ target: 'USA' })],
      ['JPNGOV USAMIL 041 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    [
      'country gold matches the bare country',
      [g({ target: 'USA' })],
      ['JPNGOV USA 041 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    ['role gold, other role', [g()], ['JPNGOV USAMIL 041 2026-01-02'], [1, 0, 0], [0, 1, 1]],
    ['role gold, bare country', [g()], ['JPNGOV USA 041 2026-01-02'], [1, 0, 0], [0, 1, 1]],
    [
      'IGO gold matches any IGO',
      [g({ source: 'IGO' })],
      ['IGOUNO USAGOV 041 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    [
      'IGOUNO gold, EU predicted',
      [g({ source: 'IGOUNO' })],
      ['IGOEUREEC USAGOV 041 2026-01-02'],
      [1, 0, 0],
      [0, 1, 1],
    ],
    ['null target both', [g({ target: null })], ['JPNGOV - 041 2026-01-02'], [1, 0, 0], [1, 0, 0]],
    [
      'null gold target, predicted target',
      [g({ target: null })],
      ['JPNGOV USAGOV 041 2026-01-02'],
      [0, 1, 1],
      [0, 1, 1],
    ],
    ['gold target, none predicted', [g()], ['JPNGOV - 041 2026-01-02'], [0, 1, 1], [0, 1, 1]],
    // Dates.
    [
      'day within gold month',
      [g({ date: '2025-10' })],
      ['JPNGOV USAGOV 041 2025-10-28'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    ['month for gold day', [g({ date: '2025-10-28' })], ['JPNGOV USAGOV 041 2025-10'], [1, 0, 0], [0, 1, 1]],
    [
      'month within gold season',
      [g({ date: '2026-SP' })],
      ['JPNGOV USAGOV 041 2026-04'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    ['wrong day', [g()], ['JPNGOV USAGOV 041 2026-01-03'], [1, 0, 0], [0, 1, 1]],
    ['null gold date, null predicted', [g({ date: null })], ['JPNGOV USAGOV 041 -'], [1, 0, 0], [1, 0, 0]],
    [
      'null gold date, date predicted',
      [g({ date: null })],
      ['JPNGOV USAGOV 041 2026-01-02'],
      [1, 0, 0],
      [0, 1, 1],
    ],
    ['gold date, none predicted', [g()], ['JPNGOV USAGOV 041 -'], [1, 0, 0], [0, 1, 1]],
    // Status is not part of either match.
    [
      'planned gold, occurred prediction',
      [g({ status: 'planned' })],
      ['JPNGOV USAGOV 041 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    // Optional gold events count on neither side.
    ['optional found', [g({ optional: true })], ['JPNGOV USAGOV 041 2026-01-02'], [0, 0, 0], [0, 0, 0]],
    ['optional missed', [g({ optional: true })], [], [0, 0, 0], [0, 0, 0]],
    [
      'required first, then optional',
      [g({ optional: true }), g()],
      ['JPNGOV USAGOV 041 2026-01-02', 'JPNGOV USAGOV 041 2026-01-02'],
      [1, 0, 0],
      [1, 0, 0],
    ],
    [
      'one optional event excuses one prediction',
      [g({ optional: true })],
      ['JPNGOV USAGOV 041 2026-01-02', 'JPNGOV USAGOV 041 2026-01-02'],
      [0, 1, 0],
      [0, 1, 0],
    ],
    // Denied events are left out on both sides.
    [
      'denied gold, denied prediction',
      [g({ status: 'denied' })],
      ['JPNGOV USAGOV 041 2026-01-02 denied'],
      [0, 0, 0],
      [0, 0, 0],
    ],
    ['denied gold, nothing predicted', [g({ status: 'denied' })], [], [0, 0, 0], [0, 0, 0]],
    [
      'denied gold output as occurred',
      [g({ status: 'denied' })],
      ['JPNGOV USAGOV 041 2026-01-02'],
      [0, 1, 0],
      [0, 1, 0],
    ],
    [
      'denied prediction of a required event',
      [g()],
      ['JPNGOV USAGOV 041 2026-01-02 denied'],
      [0, 0, 1],
      [0, 0, 1],
    ],
    // Greedy one-to-one matching.
    ['one prediction, two gold events', [g(), g()], ['JPNGOV USAGOV 041 2026-01-02'], [1, 0, 1], [1, 0, 1]],
    [
      'two predictions, one gold event',
      [g()],
      ['JPNGOV USAGOV 041 2026-01-02', 'JPNGOV USAGOV 041 2026-01-02'],
      [1, 1, 0],
      [1, 1, 0],
    ],
    [
      'best match first: each call to its date',
      [g({ date: '2026-01-02' }), g({ date: '2025-11-25' })],
      ['JPNGOV USAGOV 041 2025-11-25', 'JPNGOV USAGOV 041 2026-01-02'],
      [2, 0, 0],
      [2, 0, 0],
    ],
    [
      'best match first: the strict pair before the root-only one',
      [g({ code: '042' }), g({ code: '041' })],
      ['JPNGOV USAGOV 041 2026-01-02', 'JPNGOV USAGOV 043 2026-01-02'],
      [2, 0, 0],
      [1, 1, 1],
    ],
  ])('%s', (_name, gold, preds, root, strict) => {
    const s = run(gold, preds);
    expect(counts(s, 'root')).toEqual(root);
    expect(counts(s, 'strict')).toEqual(strict);
  });

  it('best match first decides which gold event each prediction is paired with', () => {
    const pairs = (gold: GoldEvent[], preds: string[], text = '') => {
      const a = { ...article(gold), text };
      const r = score([a], new Map([['a1', preds.map(p)]]));
      return {
        pairs: r.articles[0]!.matched.map((m) => [m.gold.index, m.predicted.index]),
        date: r.overall.date.value,
      };
    };
    // The strict pair (gold 1, prediction 0) is taken before the root-only pair (gold 0, prediction 0).
    expect(
      pairs([g({ code: '042' }), g()], ['JPNGOV USAGOV 041 2026-01-02', 'JPNGOV USAGOV 043 2026-01-02'])
        .pairs,
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
    // A consistent date outranks gold order.
    expect(
      pairs(
        [g(), g({ date: '2025-11-25' })],
        ['JPNGOV USAGOV 042 2025-11-25', 'JPNGOV USAGOV 042 2026-01-02'],
      ),
    ).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
      ],
      date: 1,
    });
    // Evidence breaks a tie between otherwise equal gold events.
    const text = 'Japan called the United States. Later Japan called the United States again.';
    const second = { text: 'Later Japan called the United States again.', start: 32, end: 76 };
    const withEvidence = { ...p('JPNGOV USAGOV 041 2026-01-02'), evidence: second };
    const a = {
      ...article([g({ evidence: 'Japan called the United States.' }), g({ evidence: second.text })]),
      text,
    };
    const r = score([a], new Map([['a1', [withEvidence]]]));
    expect(r.articles[0]!.matched.map((m) => m.gold.index)).toEqual([1]);
  });

  it('a denied gold event asserted as occurred is flagged on its false positive', () => {
    const r = score(
      [article([g({ status: 'denied' })])],
      new Map([['a1', [p('JPNGOV USAGOV 041 2026-01-02')]]]),
    );
    expect(r.overall.denied).toEqual({ gold: 1, predicted: 0, asserted: 1 });
    expect(r.articles[0]!.false_positives[0]!.asserts_denied?.index).toBe(0);
  });

  it('optional matches are counted apart', () => {
    const s = run([g({ optional: true })], ['JPNGOV USAGOV 041 2026-01-02']);
    expect(s.optional_matched).toBe(1);
    expect([s.root.precision, s.root.recall, s.root.f1]).toEqual([1, 1, 1]);
  });
});

describe('score: figures', () => {
  it('perfect output scores 1.0 everywhere', () => {
    const gold = [
      g(),
      g({ code: '036', date: '2026-SP', status: 'planned', source: 'USAGOV', target: 'JPN' }),
    ];
    const s = run(gold, ['JPNGOV USAGOV 041 2026-01-02', 'USAGOV JPNGOV 036 2026-SP planned'], [{}]);
    for (const level of [s.root, s.strict])
      expect([level.precision, level.recall, level.f1]).toEqual([1, 1, 1]);
    expect([s.date.value, s.status.value]).toEqual([1, 1]);
    expect(s.must_not).toEqual({ entries: 1, violated: 0 });
  });

  it('empty output scores 0 recall, 0 precision, and no accuracy', () => {
    const s = run([g(), g({ code: '051' })], []);
    expect([s.root.precision, s.root.recall, s.root.f1]).toEqual([0, 0, 0]);
    expect([s.strict.recall, s.date.value, s.status.value]).toEqual([0, null, null]);
  });

  it('date and status accuracy are over root-matched pairs', () => {
    const gold = [g({ date: '2025-10-28', status: 'planned' }), g({ code: '051' }), g({ code: '111' })];
    const s = run(gold, ['JPNGOV USAGOV 041 2025-10', 'JPNGOV USAGOV 051 2026-01-02']);
    expect(s.date).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(s.status).toEqual({ correct: 1, total: 2, value: 0.5 });
  });

  it('micro-averages over articles', () => {
    const gold = [article([g()], [], 'a'), article([g(), g({ code: '051' }), g({ code: '111' })], [], 'b')];
    const r = score(
      gold,
      new Map([
        ['a', [p('JPNGOV USAGOV 041 2026-01-02')]],
        ['b', []],
      ]),
    );
    expect(r.overall.root.recall).toBe(0.25);
    expect(r.articles.map((a) => a.scores.root.recall)).toEqual([1, 0]);
  });

  it('per root: hits and misses under the gold root, false positives under the predicted root', () => {
    const gold = [g({ code: '036', alt_codes: ['042'] }), g({ code: '111' })];
    const r = score(
      [article(gold)],
      new Map([['a1', [p('JPNGOV USAGOV 042 2026-01-02'), p('JPNGOV USAGOV 190 -')]]]),
    );
    const row = (root: string) => r.by_root.find((x) => x.root === root);
    expect(row('03')?.root_match).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row('04')).toMatchObject({ gold: 0, predicted: 1, root_match: { tp: 0, fp: 0, fn: 0 } });
    expect(row('11')?.root_match).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(row('19')?.root_match).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('reports articles without predictions and predictions without articles', () => {
    const r = score([article([g()], [], 'a')], new Map([['zzz', [p('JPNGOV USAGOV 041 2026-01-02')]]]));
    expect(r.issues.map((i) => i.where)).toEqual(['a', 'zzz']);
    expect(r.overall.root).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('score: must_not', () => {
  // [name, must_not entry, predictions, violated]
  it.each<[string, Partial<MustNot>, string[], number]>([
    ['direction given', {}, ['JPNGOV CHNGOV 042 2026-01-02'], 1],
    ['reverse direction', {}, ['CHNGOV JPNGOV 042 2026-01-02'], 0],
    ['reverse direction, symmetric entry', { symmetric: true }, ['CHNGOV JPNGOV 042 2026-01-02'], 1],
    ['other root', {}, ['JPNGOV CHNGOV 051 2026-01-02'], 0],
    ['other country', {}, ['JPNGOV KORGOV 042 2026-01-02'], 0],
    ['denied predictions say nothing happened', {}, ['JPNGOV CHNGOV 042 2026-01-02 denied'], 0],
    ['planned predictions still assert it', {}, ['JPNGOV CHNGOV 042 2026-SP planned'], 1],
    ['counted once however often', {}, ['JPNGOV CHNGOV 042 -', 'JPNMIL CHN 040 -'], 1],
    [
      'full code entry, same code',
      { source: 'SDNREB', target: 'SAU', root: '18' },
      ['SDNREB SAUHLH 180 -'],
      1,
    ],
    [
      'full code entry, other role',
      { source: 'SDNREB', target: 'SAU', root: '18' },
      ['SDNMIL SAUHLH 180 -'],
      0,
    ],
    ['null target entry', { target: null, root: '01' }, ['JPNGOV - 010 -'], 1],
    ['null target entry, a target predicted', { target: null, root: '01' }, ['JPNGOV CHN 010 -'], 0],
  ])('%s', (_name, rule, preds, violated) => {
    expect(run([], preds, [rule]).must_not).toEqual({ entries: 1, violated });
  });
});
