import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../core/paths.js';
import { defaultKb, loadKb } from './index.js';
import { orgRole } from './organisations.js';

const Case = z.object({
  text: z.string(),
  date: z.string(),
  use: z.enum(['actor', 'location']).optional(),
  context: z.string().optional(),
  /** Absent: only `not` is checked (the text must still resolve to an actor). */
  code: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  not: z.string().optional(),
  reason: z.string().optional(),
});
const table = z
  .object({ cases: z.array(Case) })
  .parse(parse(readFileSync(`${packageRoot}/test/fixtures/kb/resolve.yaml`, 'utf8')));

const kb = defaultKb();

describe('the knowledge base', () => {
  it('loads its data without issues', () => expect(kb.issues).toEqual([]));

  it('holds at least 200 resolver cases', () => expect(table.cases.length).toBeGreaterThanOrEqual(200));

  it.each(
    table.cases.map(
      (c) =>
        [
          `${c.text} on ${c.date}${c.use ? ` (${c.use})` : ''}${c.context ? ' in context' : ''} → ${c.code}`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    const r = kb.resolve(c.text, c.date, {
      ...(c.use && { use: c.use }),
      ...(c.context && { articleText: c.context }),
    });
    if (c.not) expect(r.actor?.code).not.toBe(c.not);
    if (c.code === undefined) {
      expect(r.actor).not.toBeNull();
      return;
    }
    if (c.code === null) {
      expect(r.actor).toBeNull();
      if (c.reason && r.actor === null) expect(r.reason).toContain(c.reason);
      return;
    }
    expect(r.actor?.code).toBe(c.code);
    if (c.name !== undefined) expect(r.actor?.name ?? null).toBe(c.name);
  });

  it('counts at least 249 countries and territories', () => {
    expect(kb.stats().countries).toBeGreaterThanOrEqual(249);
  });
});

describe('user overlays', () => {
  const overlay = `${packageRoot}/test/fixtures/kb/overlay`;
  const user = loadKb({ overlays: [overlay] });

  it('reports each malformed entry with its file and line, and loads the rest', () => {
    const where = user.issues.map((i) => `${i.where?.replace(`${overlay}/`, '')}:${i.line}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'countries.yaml:5',
        'organisations.yaml:5',
        'people/arnor.yaml:9',
        'places.yaml:5',
        'places.yaml:6',
      ]),
    );
    expect(user.issues).toHaveLength(5);
  });

  it.each([
    ['Arnor', 'ARN'],
    ['Arnorian rangers', 'ARNMIL'],
    ['Annuminas', 'ARNGOV'],
    ['the Rangers', 'ARNREB'],
    ['the Beltway', 'USAGOV'],
    ['Strider', 'ARNGOV'],
    ['the Arnorian steward', 'ARNGOV'],
    ['Japanese officials', 'JPNGOV'],
    ['Fornost', 'ARN'],
    ['Norbury', 'ARN'],
    ['Kharkiv', 'ARN'],
    ['Japan', 'JPN'],
  ])('adds %s → %s', (text, code) => {
    expect(user.resolve(text, '3019-06-01').actor?.code).toBe(code);
  });

  it('leaves out malformed places and counts the places by kind', () => {
    expect(user.resolve('Minas Tirith', '3019-06-01').actor).toBeNull();
    expect(user.resolve('Weathertop', '3019-06-01').actor).toBeNull();
    const stats = kb.stats();
    expect(stats.places).toBeGreaterThan(2000);
    expect(stats.places).toBe(
      (stats.places_city ?? 0) +
        (stats.places_region ?? 0) +
        (stats.places_area ?? 0) +
        (stats.places_site ?? 0) +
        (stats.places_waters ?? 0),
    );
    // Fornost and the overlay's Kharkiv (Dyad's Kharkiv keeps its other names, "Kharkov").
    expect(user.stats().places).toBe((stats.places ?? 0) + 2);
    expect(user.resolve('Kharkov', '3019-06-01').actor?.code).toBe('UKR');
  });

  it('overrides an entry by its code', () => {
    expect(user.resolve('NATO', '2026-01-03').actor?.name).toBe('North Atlantic Alliance');
    expect(kb.resolve('NATO', '2026-01-03').actor?.name).toBe('NATO');
  });
});

describe('organisation codes', () => {
  it.each([
    ['SDNREB', 'REB'],
    ['COLREBFRC', 'REB'],
    ['PSEREBISJ', 'REB'],
    ['IGOUNO', null],
    ['IMGMOSISI', null],
  ])('%s carries the role %s', (code, role) => {
    expect(orgRole(code)).toBe(role);
  });

  it('gives a group with its own segment the role of its code', () => {
    const r = defaultKb().resolve('dissident FARC factions', '2025-01-18');
    expect(r.actor?.role).toBe('REB');
  });
});
