import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from './index.js';
import { type Imported, importActors, importAgents, titleCase, writeOverlay } from './petrarch-import.js';

const empty = (): Imported => ({ countries: [], people: [], organisations: [], agents: [], issues: [] });

// Written in the formats of PETRARCH's dictionaries (docs/dictionaries.rst), with invented entries.
const ACTORS = `[ARNGOV]
ARNOR [ARN]
+ARNORIAN_
ARAGORN_  # king from 3019
+STRIDER_
\t[ARNREB <30190325]
\t[ARNGOV >30190325]
RANGERS_OF_THE_NORTH [ARNREB]
+DUNEDAIN_
NOT_AN_ACTOR [---]
`;
const AGENTS = `STEWARD_ {STEWARDS_} [~GOV]
RANGER_ [~MIL]
`;

describe('import-petrarch', () => {
  it.each([
    [['DONALD', 'TRUMP'], 'Donald Trump'],
    [['AL-QAEDA'], 'Al-Qaeda'],
    [["O'BRIEN"], "O'Brien"],
  ])('title-cases %j as %s', (words, name) => expect(titleCase(words)).toBe(name));

  const out = empty();
  importActors(ACTORS, 'test.actors.txt', out);
  importAgents(AGENTS, 'test.agents.txt', out);

  it('reads a dated actor as a person with a term per dated code', () => {
    const p = out.people.find((x) => x.name === 'Aragorn');
    expect(p).toMatchObject({ country: 'ARN', aliases: ['Strider'] });
    expect(p?.terms.map((t) => [t.role, t.start, t.end])).toEqual([
      ['REB', '1800-01-01', '3019-03-25'],
      ['GOV', '3019-03-25', null],
    ]);
  });

  it('reads undated actors as country names or organisation-style entries, and skips "---"', () => {
    expect(out.countries).toEqual([{ code: 'ARN', name: 'Arnor', names: ['Arnorian'] }]);
    expect(out.organisations.map((o) => [o.code, o.name, o.aliases])).toEqual([
      ['ARNREB', 'Rangers Of The North', ['Dunedain']],
    ]);
  });

  it('reports a date restriction without an actor by its line', () => {
    expect(out.issues.map((i) => i.line)).toEqual([1]);
  });

  it('reads agents as role nouns', () => {
    expect(out.agents).toEqual([
      { noun: 'steward', plural: 'stewards', role: 'GOV' },
      expect.objectContaining({ noun: 'ranger', role: 'MIL' }),
    ]);
  });

  it('writes an overlay that Dyad loads with --kb', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-import-'));
    writeOverlay(dir, out);
    const kb = loadKb({ overlays: [dir] });
    expect(kb.issues).toEqual([]);
    expect(kb.resolve('Strider', '3019-01-01').actor?.code).toBe('ARNREB');
    expect(kb.resolve('Aragorn', '3020-01-01').actor?.code).toBe('ARNGOV');
    expect(kb.resolve('Arnorian stewards', '3020-01-01').actor?.code).toBe('ARNGOV');
    expect(kb.resolve('the Dunedain', '3020-01-01').actor?.code).toBe('ARNREB');
  });
});

const SHARED = join(import.meta.dirname, '../../../shared/data/petrarch');
describe.skipIf(!existsSync(SHARED))('import-petrarch on the shared Phoenix dictionaries', () => {
  const out = empty();
  for (const f of [
    'Phoenix.Countries.actors.txt',
    'Phoenix.International.actors.txt',
    'Phoenix.MilNonState.actors.txt',
  ])
    importActors(readFileSync(join(SHARED, f), 'utf8'), f, out);
  importAgents(readFileSync(join(SHARED, 'Phoenix.agents.txt'), 'utf8'), 'Phoenix.agents.txt', out);

  it('imports thousands of people, organisations and agents, skipping few lines', () => {
    expect(out.people.length).toBeGreaterThan(10000);
    expect(out.organisations.length).toBeGreaterThan(5000);
    expect(out.agents.length).toBeGreaterThan(500);
    expect(out.issues.length).toBeLessThan(100);
  });

  it('keeps the date restrictions as terms', () => {
    const withTerms = out.people.filter((p) => p.terms.length > 1);
    expect(withTerms.length).toBeGreaterThan(1000);
    for (const p of withTerms.slice(0, 200))
      for (const t of p.terms) expect(t.end === null || t.start <= t.end).toBe(true);
  });

  it('writes an overlay that loads without issues', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-phoenix-'));
    writeOverlay(dir, out);
    const kb = loadKb({ overlays: [dir] });
    expect(kb.issues).toEqual([]);
    expect(kb.stats().people).toBeGreaterThan(10000);
  });
});
