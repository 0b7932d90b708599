import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.js';
import { CSV_COLUMNS, toCsv, toPlover, toPloverJsonl } from './export.js';
import { mention } from './test-helpers/fixtures.js';

/** The shared test mention, with an evidence quote that CSV must escape and a seasonal date. */
const event = (over: Partial<EventRecord> = {}): EventRecord =>
  mention('a1-e0', {
    evidence: { text: 'Japan said, "we will visit".', start: 0, end: 28 },
    target: { code: 'USA', country: 'USA', role: null, name: null, text: 'the US' },
    date: '2026-SP',
    date_precision: 'season',
    ...over,
  });

describe('toCsv', () => {
  const cases: Array<[string, EventRecord[], boolean, number]> = [
    ['no events, no header', [], false, 0],
    ['no events, header', [], true, 1],
    ['two events, header', [event(), event({ id: 'a1-e1', target: null })], true, 3],
  ];
  it.each(cases)('%s', (_name, events, header, lines) => {
    const text = toCsv(events, header);
    expect(text === '' ? 0 : text.trimEnd().split('\n').length).toBe(lines);
  });
  it('keeps leading zeros and quotes commas and quotes', () => {
    const row = toCsv([event()], false).trimEnd();
    expect(row).toContain(',042,04,');
    expect(row).toContain('"Japan said, ""we will visit""."');
  });
  it('writes the header in column order', () => {
    expect(toCsv([], true).trimEnd()).toBe(CSV_COLUMNS.join(','));
  });
});

describe('toPlover', () => {
  it('maps type, mode, actors and status', () => {
    expect(toPlover(event())).toMatchObject({
      event_type: 'CONSULT',
      event_mode: 'visit',
      actor: 'JPNGOV',
      recipient: 'USA',
      cameo_code: '042',
      event_status: 'planned',
    });
  });
  it('writes nothing for no events and one line per event', () => {
    expect(toPloverJsonl([])).toBe('');
    expect(
      toPloverJsonl([event(), event({ target: null })])
        .trimEnd()
        .split('\n'),
    ).toHaveLength(2);
    expect(toPlover(event({ target: null })).recipient).toBeNull();
  });
});
