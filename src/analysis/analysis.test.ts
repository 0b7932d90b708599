import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.js';
import { actorNetwork, dyadSeries, periodKey, plannedCalendar, topEvents } from './index.js';

const ev = (
  id: string,
  date: string | null,
  quad: number,
  goldstein: number,
  more: Partial<EventRecord> = {},
) =>
  ({
    id,
    date,
    quad_class: quad,
    goldstein,
    root: quad <= 2 ? '04' : '17',
    status: 'occurred',
    confidence: 0.5,
    source: { code: 'JPN' },
    target: { code: 'USA' },
    ...more,
  }) as unknown as EventRecord;

describe('periodKey', () => {
  it.each([
    ['2026-01-02', 'day', '2026-01-02'],
    ['2026-01-02', 'month', '2026-01'],
    ['2026-01-02', 'week', '2026-W01'],
    ['2025-12-29', 'week', '2026-W01'],
    ['2025-12-28', 'week', '2025-W52'],
  ] as const)('%s by %s → %s', (d, p, want) => expect(periodKey(d, p)).toBe(want));
});

describe('dyadSeries', () => {
  it('yields nothing for no or undated events', () => {
    expect(dyadSeries([])).toEqual([]);
    expect(dyadSeries([ev('a', null, 1, 1)])).toEqual([]);
  });
  it('counts, sums and indexes a period', () => {
    const [p] = dyadSeries([ev('a', '2026-01-02', 1, 1), ev('b', '2026-01-03', 4, -10)], { period: 'month' });
    expect(p).toMatchObject({
      period: '2026-01',
      count: 2,
      quad: [1, 0, 0, 1],
      goldsteinSum: -9,
      goldsteinMean: -4.5,
      index: 0,
    });
    expect(p?.roots).toEqual({ '04': 1, '17': 1 });
  });
  it('flags a period far from its baseline, not a normal one', () => {
    const days = ['01', '02', '03', '04', '05'].map((d, i) => ev(d, `2026-01-${d}`, 1, i % 2 ? 2 : 3));
    const calm = dyadSeries(days, { period: 'day' });
    expect(calm.some((p) => p.alert)).toBe(false);
    const s = dyadSeries([...days, ev('x', '2026-01-06', 4, -10)], { period: 'day' });
    expect(s.at(-1)?.alert).toBe(true);
    expect(s.at(-1)?.z).toBeLessThan(-2);
  });
});

describe('network and top events', () => {
  const events = [
    ev('a', '2026-01-02', 1, 1),
    ev('b', '2026-01-03', 1, 3),
    ev('c', '2026-02-01', 4, -10),
    ev('d', '2026-01-02', 1, 1, { target: null }),
  ];
  it('weights directed edges and filters', () => {
    expect(actorNetwork(events)).toEqual([{ source: 'JPN', target: 'USA', weight: 3, goldstein: -6 }]);
    expect(actorNetwork(events, { quad: 4 })[0]?.weight).toBe(1);
    expect(actorNetwork(events, { from: '2026-03-01' })).toEqual([]);
    expect(actorNetwork(events, { to: '2026-01' })[0]?.weight).toBe(2);
  });
  it('ranks by |Goldstein|', () => expect(topEvents(events, 1)[0]?.id).toBe('c'));
});

describe('plannedCalendar', () => {
  it('marks fulfilled, overdue and pending', () => {
    const plan = (id: string, date: string) => ev(id, date, 1, 1, { status: 'planned' });
    const cal = plannedCalendar(
      [
        plan('p1', '2026-01-05'),
        plan('p2', '2026-01-10'),
        plan('p3', '2026-03-01'),
        ev('o', '2026-01-06', 1, 1),
      ],
      '2026-02-01',
    );
    expect(cal.map((c) => [c.event.id, c.outcome])).toEqual([
      ['p1', 'fulfilled'],
      ['p2', 'overdue'],
      ['p3', 'pending'],
    ]);
  });
  it('reads seasons and months as ranges, with a grace period after them', () => {
    const plan = ev('sp', '2026-SP', 1, 1, { status: 'planned' });
    const cases: Array<[string, EventRecord[], string, string]> = [
      ['spring, mid-May', [], '2026-05-15', 'pending'],
      ['spring, July', [], '2026-07-01', 'overdue'],
      ['spring, April visit', [ev('o', '2026-04-20', 1, 1)], '2026-07-01', 'fulfilled'],
      ['spring, early-June visit (grace)', [ev('o', '2026-06-10', 1, 1)], '2026-07-01', 'fulfilled'],
      ['spring, visit before the plan', [ev('o', '2026-02-10', 1, 1)], '2026-07-01', 'overdue'],
      ['spring, visit denied', [ev('o', '2026-04-20', 1, 1, { status: 'denied' })], '2026-07-01', 'overdue'],
      ['spring, other root', [ev('o', '2026-04-20', 4, -10)], '2026-07-01', 'overdue'],
    ];
    for (const [name, done, asOf, outcome] of cases)
      expect([name, plannedCalendar([plan, ...done], asOf)[0]?.outcome]).toEqual([name, outcome]);
    const intent = ev('i', '2026-SP', 1, 1, { status: 'planned', root: '03', rules: ['intent:042->036'] });
    expect(plannedCalendar([intent, ev('o', '2026-04-20', 1, 1)], '2026-07-01')[0]?.outcome).toBe(
      'fulfilled',
    );
    expect(
      plannedCalendar([{ ...intent, rules: [] }, ev('o', '2026-04-20', 1, 1)], '2026-07-01')[0]?.outcome,
    ).toBe('overdue');
    const march = ev('m', '2026-03', 1, 1, { status: 'planned' });
    expect(plannedCalendar([march], '2026-03-15')[0]?.outcome).toBe('pending');
    expect(plannedCalendar([march], '2026-04-01')[0]?.outcome).toBe('overdue');
  });
  it('yields nothing without planned events', () =>
    expect(plannedCalendar([ev('o', '2026-01-06', 1, 1)], '2026-02-01')).toEqual([]));
});
