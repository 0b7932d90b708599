import { describe, expect, it } from 'vitest';
import type { GoldArticle } from './gold.js';
import { score } from './score.js';
import { formatTable } from './table.js';

const text = 'Japan spoke with the U.S. by phone. Japan did not talk to China.';
const gold: GoldArticle = {
  id: 'a1',
  published: '2026-01-03',
  text,
  events: [
    {
      source: 'JPNGOV',
      target: 'USAGOV',
      code: '041',
      alt_codes: [],
      symmetric: true,
      date: '2026-01-02',
      status: 'occurred',
      optional: false,
      evidence: 'Japan spoke with the U.S. by phone',
    },
    {
      source: 'JPNGOV',
      target: 'USAGOV',
      code: '051',
      alt_codes: [],
      symmetric: false,
      date: '2026-01-02',
      status: 'occurred',
      optional: false,
      evidence: 'praised',
    },
  ],
  must_not: [{ source: 'JPN', target: 'CHN', root: '04', symmetric: false, why: 'no talks with China' }],
};
const predicted = [
  {
    source: { code: 'JPNGOV' },
    target: { code: 'USAGOV' },
    code: '042',
    date: '2026-01',
    status: 'occurred' as const,
    evidence: { text: 'Japan spoke with the U.S. by phone.', start: 0, end: 35 },
  },
  {
    source: { code: 'JPNGOV' },
    target: { code: 'CHNGOV' },
    code: '040',
    date: null,
    status: 'occurred' as const,
    evidence: { text: 'Japan did not talk to China.', start: 36, end: 64 },
  },
];
const report = score([gold], new Map([['a1', predicted]]));

describe('formatTable', () => {
  it('prints overall figures, then per root, then per article', () => {
    const out = formatTable(report, { rootNames: new Map([['04', 'Consult']]) });
    const at = (s: string) => out.indexOf(s);
    expect(at('root match')).toBeGreaterThan(0);
    expect(at('root match')).toBeLessThan(at('By root code'));
    expect(at('By root code')).toBeLessThan(at('By article'));
    expect(out).toMatch(/root match\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1/);
    expect(out).toMatch(/strict\s+0\.000\s+0\.000\s+0\.000\s+0\s+2\s+2/);
    expect(out).toContain('must_not         1 of 1 violated');
    expect(out).toContain('04 Consult');
    expect(out).not.toContain('missed');
  });

  it('lists misses, false positives, near misses and violations with evidence when verbose', () => {
    const out = formatTable(report, { verbose: true });
    expect(out).toContain('missed    gold #1  051');
    expect(out).toContain('false +   040   JPNGOV → CHNGOV');
    expect(out).toContain('wrong: code, date');
    expect(out).toContain('“Japan did not talk to China.”');
    expect(out).toContain('why not: no talks with China');
  });
});
