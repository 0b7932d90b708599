import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.js';
import { GDELT_COLUMNS, gdeltLine, toGdeltRow } from './gdelt.js';

const event: EventRecord = {
  id: '3f9a0c2e4b1d7a55',
  article_id: 'seed-001',
  sentence: 0,
  evidence: { text: 'spoke with Trump', start: 0, end: 16 },
  source: { code: 'JPNGOV', country: 'JPN', role: 'GOV', name: 'Sanae Takaichi', text: 'Takaichi' },
  target: { code: 'IGOUNO', country: null, role: null, name: 'United Nations', text: 'the U.N.' },
  code: '041',
  root: '04',
  quad_class: 1,
  goldstein: 1,
  plover: { event: 'CONSULT', mode: null },
  date: '2025-10',
  date_precision: 'month',
  date_source: 'expression',
  status: 'occurred',
  hedged: false,
  location: { place: 'Tokyo', country: 'JPN', lat: 35.7, lon: 139.7 },
  confidence: 0.8,
  rules: ['t'],
};

describe('GDELT rows', () => {
  it('have the 61 columns of GDELT 2.0, in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    const row = toGdeltRow(event, '2026-01-03', 'https://example.org/a');
    expect(row).toHaveLength(61);
    const cell = (name: string) => row[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])];
    expect(cell('Day')).toBe('20251001');
    expect(cell('Actor1Code')).toBe('JPNGOV');
    expect(cell('Actor1Type1Code')).toBe('GOV');
    expect(cell('Actor2KnownGroupCode')).toBe('UNO');
    expect(cell('EventCode')).toBe('041');
    expect(cell('EventRootCode')).toBe('04');
    expect(cell('ActionGeo_Fullname')).toBe('Tokyo');
    expect(cell('SOURCEURL')).toBe('https://example.org/a');
    expect(gdeltLine(row).split('\t')).toHaveLength(61);
  });
});
