import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../core/paths.js';
import { parseGold, readGold } from './read-gold.js';
import { parsePredictions, readPredictions } from './read-predictions.js';

const fixture = (name: string): string => join(packageRoot, 'test', 'fixtures', 'eval', name);

const event = {
  source: 'JPNGOV',
  target: 'USAGOV',
  code: '041',
  date: '2026-01-02',
  status: 'occurred',
};
const line = (over: Record<string, unknown> = {}, ev: Record<string, unknown> = {}): string =>
  JSON.stringify({ id: 'a', published: '2026-01-03', text: 'x', events: [{ ...event, ...ev }], ...over });

describe('parseGold', () => {
  it('fills the defaults of a minimal event', () => {
    const { articles, issues } = parseGold(line(), 'g.jsonl');
    expect(issues).toEqual([]);
    expect(articles[0]!.events[0]).toMatchObject({
      alt_codes: [],
      symmetric: false,
      optional: false,
      evidence: '',
    });
    expect(articles[0]!.must_not).toEqual([]);
  });

  // [name, line, issue code, message fragment]
  it.each([
    ['invalid JSON', '{"id": ', 'BAD_JSON', 'invalid JSON'],
    ['no events', JSON.stringify({ id: 'a', published: '2026-01-03', text: 'x' }), 'BAD_FIELD', 'events'],
    ['bad actor code', line({}, { source: 'Japan' }), 'BAD_FIELD', 'events.0.source'],
    ['target key missing', line({}, { target: undefined }), 'BAD_FIELD', 'events.0.target'],
    ['bad CAMEO code', line({}, { code: '4' }), 'BAD_FIELD', 'events.0.code'],
    ['bad date', line({}, { date: 'next spring' }), 'BAD_FIELD', 'events.0.date'],
    ['bad status', line({}, { status: 'maybe' }), 'BAD_FIELD', 'events.0.status'],
    [
      'bad must_not root',
      line({ must_not: [{ source: 'JPN', target: 'CHN', root: '4' }] }),
      'BAD_FIELD',
      'must_not.0.root',
    ],
    ['bad published', line({ published: 'Friday' }), 'BAD_FIELD', 'published'],
  ])('%s is an issue naming the line', (_name, bad, code, fragment) => {
    const { articles, issues } = parseGold(`${line({ id: 'ok' })}\n${bad}\n`, 'g.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['ok']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, where: 'g.jsonl', line: 2 });
    expect(issues[0]!.message).toContain(fragment);
  });

  it('keeps the first of two lines with the same id', () => {
    const { articles, issues } = parseGold(`${line()}\n${line()}`, 'g.jsonl');
    expect(articles).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'DUPLICATE', line: 2 });
  });

  it('an empty file has no articles and says so', () => {
    expect(parseGold('\n\n', 'g.jsonl').issues[0]?.code).toBe('EMPTY_INPUT');
  });

  it('reads the fixture: two articles, one malformed line', () => {
    const { articles, issues } = readGold(fixture('gold.jsonl'));
    expect(articles.map((a) => a.id)).toEqual(['fx-1', 'fx-3']);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['BAD_FIELD', 2]]);
  });

  it('an unreadable file is one issue', () => {
    expect(readGold(fixture('no-such.jsonl')).issues[0]?.code).toBe('UNREADABLE');
  });
});

describe('parsePredictions', () => {
  it('keeps the good events of a line with a bad one, and skips bad lines', () => {
    const { predictions, issues } = readPredictions(fixture('predictions.jsonl'));
    expect([...predictions.keys()]).toEqual(['fx-1', 'fx-3']);
    expect(predictions.get('fx-3')).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['BAD_FIELD', 2],
      ['BAD_JSON', 3],
    ]);
    expect(issues[0]!.message).toContain('events.1');
  });

  it('adds the events of a repeated id to the first line', () => {
    const ev = { source: { code: 'JPN' }, target: null, code: '010', date: null, status: 'occurred' };
    const row = JSON.stringify({ id: 7, events: [ev] });
    expect(parsePredictions(`${row}\n${row}`, 'p.jsonl').predictions.get('7')).toHaveLength(2);
  });

  it('a line without events is an issue', () => {
    expect(parsePredictions('{"id": "a"}', 'p.jsonl').issues[0]).toMatchObject({
      code: 'BAD_FIELD',
      line: 1,
    });
  });
});
