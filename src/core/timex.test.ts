import { describe, expect, it } from 'vitest';
import { timexConsistent, timexPrecision, timexRange } from './timex.js';

describe('timexRange', () => {
  it.each([
    ['2026-01-02', '2026-01-02', '2026-01-02', 'day'],
    ['2025-10', '2025-10-01', '2025-10-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2026-SP', '2026-03-01', '2026-05-31', 'season'],
    ['2025-WI', '2025-12-01', '2026-02-28', 'season'],
    ['2026-Q2', '2026-04-01', '2026-06-30', 'quarter'],
    ['2026-W01', '2025-12-29', '2026-01-04', 'week'],
    ['2026', '2026-01-01', '2026-12-31', 'year'],
    ['202', '2020-01-01', '2029-12-31', 'decade'],
  ])('%s', (value, start, end, precision) => {
    expect(timexRange(value)).toEqual({ start, end, precision });
  });

  it.each(['PRESENT_REF', 'P25M', 'XXXX-03', '2026-13', ''])('%s is not a calendar date', (v) => {
    expect(timexRange(v)).toBeNull();
  });
});

describe('timexConsistent', () => {
  it.each([
    ['2025-10-28', '2025-10', true],
    ['2025-10', '2025-10-28', false],
    ['2026-04-10', '2026-SP', true],
    ['2026-03', '2026-SP', true],
    ['2026-06', '2026-SP', false],
    ['2026-01-02', '2026', true],
    ['2025-12-31', '2026', false],
    [null, null, true],
    [null, '2026', false],
    ['2026', null, false],
  ] as const)('%s within %s → %s', (p, g, ok) => {
    expect(timexConsistent(p, g)).toBe(ok);
  });

  it('precision', () => {
    expect(timexPrecision('2026-SP')).toBe('season');
    expect(timexPrecision(null)).toBeNull();
  });
});
