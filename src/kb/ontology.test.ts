import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../core/paths.js';
import { loadOntology, parentOf } from './ontology.js';

const { entries, issues } = loadOntology();

describe('the CAMEO ontology', () => {
  it('loads without issues', () => expect(issues).toEqual([]));

  it('has all 20 roots, each with a "not specified below" code', () => {
    const roots = [...entries.keys()].filter((c) => c.length === 2);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const r of roots) expect(entries.has(`${r}0`), r).toBe(true);
  });

  it('has a parent for every 3- and 4-digit code', () => {
    const orphans = [...entries.keys()].filter((c) => parentOf(c) && !entries.has(parentOf(c)!));
    expect(orphans).toEqual([]);
  });

  // GDELT's QuadClass by root: 01–05 verbal cooperation, 06–09 material cooperation,
  // 10–14 verbal conflict, 15–20 material conflict.
  it.each([
    ['01', 1],
    ['05', 1],
    ['06', 2],
    ['09', 2],
    ['10', 3],
    ['14', 3],
    ['15', 4],
    ['20', 4],
  ])('root %s is in QuadClass %i, and so is every code under it', (root, quad) => {
    const codes = [...entries.values()].filter((e) => e.code.startsWith(root));
    expect(codes.length).toBeGreaterThan(1);
    expect(codes.filter((e) => e.quad !== quad).map((e) => e.code)).toEqual([]);
  });

  it.each([
    ['041', 1.0, 'CONSULT', 'phone'],
    ['057', 8.0, 'SUPPORT', null],
    ['0871', 9.0, 'RETREAT', 'ceasefire'],
    ['1123', -2.0, 'ACCUSE', 'allege'],
    ['190', -10.0, 'ASSAULT', null],
    ['010', 0.0, '', null],
  ])('%s has Goldstein %d and PLOVER %s/%s', (code, goldstein, event, mode) => {
    const e = entries.get(code);
    expect(e?.goldstein).toBe(goldstein);
    expect(e?.plover.event).toBe(event);
    expect(e?.plover.mode).toBe(mode);
  });
});

describe('loading a malformed ontology file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ontology-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = (code: string, quad = 1) =>
    `  - { code: '${code}', name: n${code}, goldstein: 1.0, quad: ${quad}, plover: { event: AGREE, mode: null, context: [] } }`;
  const file = (lines: string[]) => {
    const f = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(f, ['plover_events: [AGREE]', 'codes:', ...lines, ''].join('\n'));
    return f;
  };

  it.each([
    ['an unquoted code', `  - { code: 0311, name: x, goldstein: 1, quad: 1, plover: null }`, /quoted string/],
    ['a missing name', `  - { code: '031', goldstein: 1, quad: 1, plover: null }`, /name/],
    [
      'a Goldstein value off the scale',
      `  - { code: '031', name: x, goldstein: 12, quad: 1, plover: null }`,
      /goldstein/,
    ],
    [
      'a code outside roots 01–20',
      `  - { code: '21', name: x, goldstein: 1, quad: 4, plover: null }`,
      /root 01–20/,
    ],
    [
      'an unknown field',
      `  - { code: '031', name: x, goldstein: 1, quad: 1, plover: null, gold: 1 }`,
      /gold/,
    ],
    ['a repeated code', good('03'), /03: repeated code/],
    ['a code without its parent', good('0311'), /0311: its parent code 031/],
    ['a quad other than its root', good('030', 2), /030: quad 2 differs from its root 03/],
    [
      'an unknown PLOVER event',
      `  - { code: '039', name: x, goldstein: 1, quad: 1, plover: { event: AGRE, mode: null, context: [] } }`,
      /unknown PLOVER event AGRE/,
    ],
  ])('reports %s with file and line, and loads the rest', (_what, bad, reason) => {
    const f = file([good('03'), good('036'), bad]);
    const { entries: loaded, issues: found } = loadOntology(f);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'BAD_DATA', where: f, line: 5 });
    expect(found[0]?.message).toMatch(reason);
    expect([...loaded.keys()]).toEqual(['03', '036']);
  });
});

// The reference tables: CAMEO's codes and names (as GDELT publishes them), its Goldstein values,
// and the 2021 CAMEO→PLOVER conversion table. Dyad writes its own table and proves it agrees.
const REF = join(packageRoot, '..', 'shared', 'data', 'cameo');
const refFile = (name: string) => join(REF, name);
const haveRef = ['LOOKUP-CAMEO.eventcodes.txt', 'CAMEO.goldsteinscale.txt', 'CAMEO2PLOVER-2021.txt'].every(
  (f) => existsSync(refFile(f)),
);

/** Rows of a tab-separated reference table, header dropped: code → second column. */
function tsv(name: string): Map<string, string> {
  const rows = readFileSync(refFile(name), 'utf8').split(/\r?\n/).slice(1);
  return new Map(rows.filter((r) => r.trim()).map((r) => r.split('\t') as [string, string]));
}

interface PloverRow {
  event: string;
  mode: string | null;
  context: string[];
  /** The CAMEO name the table gives in its comment. */
  name: string;
}

/** The conversion table: `code: EVENT, mode, context; context # comment`; a code may appear twice. */
function ploverTable(): Map<string, PloverRow[]> {
  const out = new Map<string, PloverRow[]>();
  for (const line of readFileSync(refFile('CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([^#]*)#?(.*)$/.exec(line);
    if (!m) continue;
    const [event = '', mode = '', context = ''] = m[2]!.split(',').map((s) => s.trim());
    const row = {
      name: m[3]!.trim(),
      event,
      mode: mode || null,
      context: context
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), row]);
  }
  return out;
}

/**
 * Slips in the reference's text (a typo, a dropped word, quotes lost to a wrong encoding), repaired
 * before comparing: Dyad keeps CAMEO's wording. Each repair applies to one code and one exact string.
 */
const REPAIRS: Array<[code: string, damaged: string, repaired: string]> = [
  ['033', 'matyerial', 'material'],
  ['0355', 'intent allow', 'intent to allow'],
  ['044', 'ÒhirdÓ', '"third" '],
  ['183', 'not spec below', 'not specified below'],
  ['2041', 'radiologicalweapons', 'radiological weapons'],
];
const repaired = (code: string, name: string) =>
  REPAIRS.reduce((n, [c, bad, good]) => (c === code ? n.replace(bad, good) : n), name);

/**
 * Codes whose name GDELT's lookup table still gives from CAMEO before 1.1 (it disagrees with the
 * code's own 4-digit children). Dyad uses CAMEO 1.1's name, which the PLOVER table's comment
 * carries; the old name is pinned here so the exception stays this narrow.
 */
const OLD_NAMES = new Map([
  ['101', 'Demand information, investigation'],
  ['102', 'Demand policy support'],
  ['103', 'Demand aid, protection, or peacekeeping'],
  ['105', 'Demand mediation'],
  ['106', 'Demand withdrawal'],
  ['107', 'Demand ceasefire'],
  ['108', 'Demand meeting, negotiation'],
]);
const unspecified = (s: string) => s.replace(/, not specified below$/i, '');

/** Names compared without case, spacing or punctuation: CAMEO prints roots in capitals. */
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe.skipIf(!haveRef)('the ontology agrees with the reference CAMEO and PLOVER tables', () => {
  const names = haveRef ? tsv('LOOKUP-CAMEO.eventcodes.txt') : new Map<string, string>();
  const goldstein = haveRef ? tsv('CAMEO.goldsteinscale.txt') : new Map<string, string>();
  const plover = haveRef ? ploverTable() : new Map<string, PloverRow[]>();

  it('has every CAMEO code, and no code CAMEO lacks', () => {
    const problems = [
      ...[...names.keys()].filter((c) => !entries.has(c)).map((c) => `${c}: missing from Dyad`),
      ...[...entries.keys()].filter((c) => !names.has(c)).map((c) => `${c}: not a CAMEO code`),
    ];
    expect(problems).toEqual([]);
    expect(entries.size).toBe(names.size);
  });

  it('names every code as CAMEO does', () => {
    const problems: string[] = [];
    for (const e of entries.values()) {
      const ref = names.get(e.code);
      if (ref === undefined) continue;
      const old = OLD_NAMES.get(e.code);
      if (old !== undefined) {
        const v11 = plover.get(e.code)?.[0]?.name ?? '';
        if (ref !== old) problems.push(`${e.code}: the lookup no longer says "${old}" but "${ref}"`);
        if (plain(unspecified(e.name)) !== plain(unspecified(v11)))
          problems.push(`${e.code}: "${e.name}" but CAMEO 1.1 (PLOVER table) says "${v11}"`);
      } else if (plain(repaired(e.code, ref)) !== plain(e.name))
        problems.push(`${e.code}: "${e.name}" but CAMEO says "${ref}"`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every code its CAMEO Goldstein value', () => {
    const problems = [
      ...[...goldstein.keys()]
        .filter((c) => !entries.has(c))
        .map((c) => `${c}: has a Goldstein value, not in Dyad`),
      ...[...entries.values()]
        .filter((e) => Number(goldstein.get(e.code)) !== e.goldstein)
        .map((e) => `${e.code}: ${e.goldstein} but CAMEO says ${goldstein.get(e.code)}`),
    ];
    expect(problems).toEqual([]);
  });

  it('converts every code to PLOVER as the 2021 table does', () => {
    const show = (r: Omit<PloverRow, 'name'>) => `${r.event}/${r.mode ?? '-'}/[${r.context.join(';')}]`;
    const problems: string[] = [];
    for (const e of entries.values()) {
      const rows = plover.get(e.code);
      if (!rows) {
        // Codes the table leaves out are the ones PLOVER drops (CAMEO 01 and 02).
        if (e.plover.event) problems.push(`${e.code}: ${show(e.plover)} but PLOVER drops the code`);
        continue;
      }
      const same = (r: PloverRow) =>
        r.event === e.plover.event &&
        r.mode === e.plover.mode &&
        [...r.context].sort().join() === [...e.plover.context].sort().join();
      if (!rows.some(same))
        problems.push(`${e.code}: ${show(e.plover)} but the table says ${rows.map(show).join(' or ')}`);
    }
    // The other direction: every table row is for a code Dyad has, unless CAMEO itself lacks it.
    for (const c of plover.keys())
      if (!entries.has(c) && names.has(c)) problems.push(`${c}: in the PLOVER table, not in Dyad`);
    expect(problems).toEqual([]);
  });
});
