import { describe, expect, it } from 'vitest';
import { tagTimes } from './index.js';
import { scoreTimes } from './score.js';
import { readTimeML } from './timeml.js';

const tag = (text: string, dct = '2026-01-03', tense?: 'past' | 'future') =>
  tagTimes(text, dct, tense ? { tense: () => tense } : {}).map((t) => [
    text.slice(t.start, t.end),
    t.type,
    t.value,
    t.mod ?? null,
  ]);

describe('tagTimes', () => {
  it.each([
    ['They met on Friday.', 'past', [['Friday', 'DATE', '2026-01-02', null]]],
    ['They will meet on Friday.', 'future', [['Friday', 'DATE', '2026-01-09', null]]],
    ['Their call on November 25 ended.', 'past', [['November 25', 'DATE', '2025-11-25', null]]],
    ['The visit is planned for late March.', 'future', [['late March', 'DATE', '2026-03', 'END']]],
    ['It happened in late October.', 'past', [['late October', 'DATE', '2025-10', 'END']]],
    ['A meeting this spring.', undefined, [['this spring', 'DATE', '2026-SP', null]]],
    ['They spoke for about 25 minutes.', undefined, [['about 25 minutes', 'DURATION', 'PT25M', 'APPROX']]],
    ['The 1912 gift of trees.', undefined, [['1912', 'DATE', '1912', null]]],
    ['Talks resumed last week.', undefined, [['last week', 'DATE', '2025-W52', null]]],
    ['It lasted a decade.', undefined, [['a decade', 'DURATION', 'P10Y', null]]],
    ['They are talking now.', undefined, [['now', 'DATE', 'PRESENT_REF', null]]],
    ['The annual festival.', undefined, [['annual', 'SET', 'P1Y', null]]],
    ['They have blocked it for years.', undefined, [['years', 'DURATION', 'PXY', null]]],
    ['Fighting flared in recent weeks.', undefined, [['recent weeks', 'DURATION', 'PXW', null]]],
    ['They landed minutes before the vote.', undefined, [['minutes', 'DURATION', 'PTXM', null]]],
    ['He lost the election last May.', 'past', [['last May', 'DATE', '2025-05', null]]],
    ['He vanished late last July.', 'past', [['late last July', 'DATE', '2025-07', 'END']]],
    ['Wars of the 20th century.', undefined, [['20th century', 'DATE', '19', null]]],
    ['Revenue this fiscal year.', undefined, [['this fiscal year', 'DATE', '2026', null]]],
    [
      'Deliveries come before the end of the year.',
      'future',
      [['the end of the year', 'DATE', '2026', 'END']],
    ],
    ['They met on Friday afternoon.', 'past', [['Friday afternoon', 'TIME', '2026-01-02TAF', null]]],
    ['Guards patrol every morning.', undefined, [['every morning', 'SET', 'XXXX-XX-XXTMO', null]]],
    ['Inspectors come every week.', undefined, [['every week', 'SET', 'P1W', null]]],
    ['Things were different in the past.', undefined, [['the past', 'DATE', 'PAST_REF', null]]],
  ] as const)('%s', (text, tense, expected) => {
    expect(tag(text, '2026-01-03', tense)).toEqual(expected);
  });

  it.each(['Prices fall as markets sat idle.', 'Half of them, 1/2, left.', 'He spoke for the second time.'])(
    'finds no date in %j',
    (text) => {
      expect(tag(text).filter(([, type]) => type === 'DATE')).toEqual([]);
    },
  );

  it.each(['The years of war left scars.', 'Hours of talks followed.', 'Over the past two years it grew.'])(
    'finds no vague duration or reference in %j',
    (text) => {
      expect(tag(text).filter(([, , value]) => /^P(T?)X|_REF$/.test(value ?? ''))).toEqual([]);
    },
  );
});

describe('TimeML reading and TempEval scoring', () => {
  const tml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>It ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3> &amp; more.</TEXT></TimeML>`;

  it('reads the DCT and the TIMEX3 spans of the text', () => {
    const doc = readTimeML('x', tml);
    if (typeof doc === 'string') throw new Error(doc);
    expect(doc.dct).toBe('2013-03-22');
    expect(doc.text).toBe('It ended yesterday after a month & more.');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['yesterday', 'DATE', '2013-03-21'],
      ['a month', 'DURATION', 'P1M'],
    ]);
  });

  it('scores relaxed and strict spans, type and value', () => {
    const doc = readTimeML('x', tml);
    if (typeof doc === 'string') throw new Error(doc);
    const { scores } = scoreTimes([{ gold: doc.timexes, predicted: tagTimes(doc.text, doc.dct) }]);
    expect(scores.relaxed.f1).toBe(1);
    expect(scores.value_f1).toBe(1);
    const { scores: none } = scoreTimes([{ gold: doc.timexes, predicted: [] }]);
    expect(none.relaxed.recall).toBe(0);
  });

  it('rejects a document without a creation time', () => {
    expect(readTimeML('x', '<TimeML><TEXT>x</TEXT></TimeML>')).toMatch(/DCT/);
  });
});
