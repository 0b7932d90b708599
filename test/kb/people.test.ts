// Consistency of every people file (data/actors/people/*.yaml): the resolver trusts these dates and
// names, so a slip (two prime ministers on one day, a name given to two people, an end before a start)
// silently codes articles wrong. The files are read here directly, with their line numbers, so the test
// does not depend on how the knowledge base indexes them; each rule reports every violation at once.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { dataPath } from '../../src/core/paths.js';
import { loadKb } from '../../src/kb/index.js';

interface Term {
  office: string;
  title?: string;
  role: string;
  org?: string;
  start: string;
  end: string | null;
}
interface Person {
  id: string;
  name: string;
  aliases: string[];
  gender?: string;
  country: string;
  default_role?: string;
  terms: Term[];
  /** `file:line` of the entry, for messages. */
  at: string;
}
interface Checks {
  role_codes: string[];
  extra_country_codes: string[];
  shared_offices: { country: string; office: string; reason: string }[];
  shared_names: { name: string; ids: string[]; reason: string }[];
}

const peopleDir = dataPath('actors', 'people');
const checks = parseDocument(
  readFileSync(dataPath('actors', 'people-checks.yaml'), 'utf8'),
).toJSON() as Checks;

/** Every entry of every people file, with the problems met while reading (bad YAML, not a list). */
function readPeople(): { people: Person[]; problems: string[] } {
  const people: Person[] = [];
  const problems: string[] = [];
  for (const f of readdirSync(peopleDir).filter((x) => x.endsWith('.yaml'))) {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(join(peopleDir, f), 'utf8'), { lineCounter: lines });
    for (const e of doc.errors) problems.push(`${f}: YAML: ${e.message.split('\n')[0]}`);
    if (!isSeq(doc.contents)) {
      problems.push(`${f}: expected a list of people`);
      continue;
    }
    for (const node of doc.contents.items) {
      const at = `${f}:${lines.linePos(node.range?.[0] ?? 0).line}`;
      if (!isMap(node)) {
        problems.push(`${at}: an entry that is not a map`);
        continue;
      }
      const p = node.toJSON() as Partial<Person>;
      people.push({
        id: String(p.id ?? ''),
        name: String(p.name ?? ''),
        aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
        ...(p.gender !== undefined && { gender: String(p.gender) }),
        country: String(p.country ?? ''),
        ...(p.default_role !== undefined && { default_role: String(p.default_role) }),
        terms: (Array.isArray(p.terms) ? p.terms : []).map((t: Partial<Term>) => ({
          office: String(t.office ?? ''),
          role: String(t.role ?? ''),
          ...(t.org !== undefined && { org: String(t.org) }),
          start: String(t.start ?? ''),
          end: t.end === null || t.end === undefined ? null : String(t.end),
        })),
        at,
      });
    }
  }
  return { people, problems };
}

const { people, problems } = readPeople();
const require = createRequire(import.meta.url);
const countryCodes = new Set<string>([
  ...(require('world-countries') as { cca3: string }[]).map((c) => c.cca3),
  ...checks.extra_country_codes,
]);
const roleCodes = new Set(checks.role_codes);
// Organisation codes a term's `org` may name: those of the organisations file.
const orgCodes = new Set(
  (
    parseDocument(readFileSync(dataPath('actors', 'organisations.yaml'), 'utf8')).toJSON() as {
      organisations: { code: string }[];
    }
  ).organisations.map((o) => o.code),
);

/** A real calendar day written YYYY-MM-DD. */
const isDay = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Names compared as a reader would: case, accents, apostrophes and spacing do not matter. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();

describe('the people files', () => {
  it('read as lists of people', () => {
    expect(problems).toEqual([]);
    expect(people.length).toBeGreaterThan(0);
  });

  it('give every person a well-formed, unique id and the fields the loader needs', () => {
    const bad: string[] = [];
    const seen = new Map<string, string>();
    for (const p of people) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(p.id)) bad.push(`${p.at}: id "${p.id}" is not lower-case-words`);
      const before = seen.get(p.id);
      if (before) bad.push(`${p.at}: id ${p.id} already used at ${before}`);
      seen.set(p.id, p.at);
      if (!p.name.trim()) bad.push(`${p.at}: ${p.id} has no name`);
      if (p.gender !== undefined && p.gender !== 'm' && p.gender !== 'f')
        bad.push(`${p.at}: ${p.id} gender "${p.gender}" is not m or f`);
      if (!countryCodes.has(p.country))
        bad.push(`${p.at}: ${p.id} country "${p.country}" is not a known code`);
      if (p.default_role !== undefined && !roleCodes.has(p.default_role))
        bad.push(`${p.at}: ${p.id} default_role "${p.default_role}" is not a role code`);
    }
    expect(bad).toEqual([]);
  });

  it('give every term an office, a role code and real dates with start ≤ end', () => {
    const bad: string[] = [];
    for (const p of people) {
      for (const t of p.terms) {
        const what = `${p.at}: ${p.id} ${t.office || '(no office)'} ${t.start}`;
        if (!/^[a-z][a-z_]*$/.test(t.office))
          bad.push(`${what}: office "${t.office}" is not a snake_case key`);
        if (!roleCodes.has(t.role)) bad.push(`${what}: role "${t.role}" is not a role code`);
        if (t.org !== undefined && !orgCodes.has(t.org))
          bad.push(`${what}: org "${t.org}" is not a code of data/actors/organisations.yaml`);
        if (!isDay(t.start)) bad.push(`${what}: start "${t.start}" is not a YYYY-MM-DD day`);
        if (t.end !== null && !isDay(t.end)) bad.push(`${what}: end "${t.end}" is not a YYYY-MM-DD day`);
        if (t.end !== null && t.end < t.start) bad.push(`${what}: ends ${t.end}, before it starts`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never give one name or alias to two people, unless people-checks.yaml says so', () => {
    const allowed = new Set(checks.shared_names.map((s) => fold(s.name)));
    const owners = new Map<string, Set<string>>();
    for (const p of people) {
      for (const n of [p.name, ...p.aliases]) {
        const k = fold(n);
        const set = owners.get(k) ?? new Set<string>();
        set.add(p.id);
        owners.set(k, set);
      }
    }
    const bad = [...owners]
      .filter(([k, ids]) => ids.size > 1 && !allowed.has(k))
      .map(([k, ids]) => `"${k}" names ${[...ids].join(', ')}`);
    expect(bad).toEqual([]);
  });

  it('never seat two people in one office of one country (or organisation) on the same day', () => {
    // Terms meet on the day of a handover (one ends the day the next starts), so only a strict
    // overlap counts. An open term (end: null) runs on indefinitely.
    const shared = new Set(checks.shared_offices.map((s) => `${s.country} ${s.office}`));
    const seats = new Map<string, { p: Person; t: Term }[]>();
    for (const p of people) {
      for (const t of p.terms) {
        const key = `${t.org ?? p.country} ${t.office}`;
        if (shared.has(key)) continue;
        seats.set(key, [...(seats.get(key) ?? []), { p, t }]);
      }
    }
    const bad: string[] = [];
    const endOf = (t: Term) => t.end ?? '9999-12-31';
    for (const [key, held] of seats) {
      for (let i = 0; i < held.length; i++) {
        for (let j = i + 1; j < held.length; j++) {
          const a = held[i]!;
          const b = held[j]!;
          if (a.t.start < endOf(b.t) && b.t.start < endOf(a.t))
            bad.push(
              `${key}: ${a.p.id} (${a.t.start}..${a.t.end}, ${a.p.at}) overlaps ${b.p.id} (${b.t.start}..${b.t.end}, ${b.p.at})`,
            );
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

// A name resolves to the code of the office its bearer held that day, to the organisation for an
// organisation's post, and to the person's own role (ELI, OPP, ...) outside every term.
describe('people resolved on a date', () => {
  const kb = loadKb();
  it.each([
    ['Obama', '2016-03-01', 'USAGOV'],
    ['Obama', '2018-01-01', 'USAELI'],
    ['Pompeo', '2017-06-01', 'USASPY'],
    ['Pompeo', '2019-06-01', 'USAGOV'],
    ['Pompeo', '2022-01-01', 'USAELI'],
    ['Jim Mattis', '2018-01-01', 'USAGOV'],
    ['Pelosi', '2020-01-01', 'USALEG'],
    ['Comey', '2016-10-01', 'USACOP'],
    ['Trudeau', '2020-01-01', 'CANGOV'],
    ['Trudeau', '2025-06-01', 'CANELI'],
    ['Mark Carney', '2025-06-01', 'CANGOV'],
    ['Lopez Obrador', '2020-01-01', 'MEXGOV'],
    ['Michel Temer', '2016-06-01', 'BRAGOV'],
    ['Macri', '2017-01-01', 'ARGGOV'],
    ['Guaido', '2019-03-01', 'VENOPP'],
    ['Evo Morales', '2018-01-01', 'BOLGOV'],
    ['Evo Morales', '2021-01-01', 'BOLOPP'],
    ['Boluarte', '2023-01-01', 'PERGOV'],
    ['Michelle Bachelet', '2019-01-01', 'IGOUNOHRIHCH'],
    ['Theresa May', '2017-06-01', 'GBRGOV'],
    ['Theresa May', '2020-01-01', 'GBRELI'],
    ['Boris Johnson', '2017-01-01', 'GBRGOV'],
    ['Boris Johnson', '2023-01-01', 'GBRELI'],
    ['Corbyn', '2018-01-01', 'GBROPP'],
    ['Angela Merkel', '2019-01-01', 'DEUGOV'],
    ['Angela Merkel', '2023-01-01', 'DEUELI'],
    ['Mario Draghi', '2015-01-01', 'IGOEUREECBUS'],
    ['Mario Draghi', '2021-06-01', 'ITAGOV'],
    ['Josep Borrell', '2022-01-01', 'IGOEUREEC'],
    ['Charles Michel', '2016-01-01', 'BELGOV'],
    ['Charles Michel', '2021-01-01', 'IGOEUREEC'],
    ['Puigdemont', '2017-10-01', 'ESPGOV'],
    ['Puigdemont', '2019-01-01', 'ESPOPP'],
    ['Sebastian Kurz', '2018-06-01', 'AUTGOV'],
    ['Sebastian Kurz', '2022-01-01', 'AUTELI'],
    ['Tsipras', '2016-01-01', 'GRCGOV'],
    ['Albin Kurti', '2024-01-01', 'KSVGOV'],
    ['Pope Francis', '2020-01-01', 'VATGOV'],
    ['Medvedev', '2015-01-01', 'RUSGOV'],
    ['Gerasimov', '2023-01-01', 'RUSMIL'],
    ['Navalny', '2021-01-01', 'RUSOPP'],
    ['Poroshenko', '2018-01-01', 'UKRGOV'],
    ['Poroshenko', '2020-01-01', 'UKROPP'],
    ['Zaluzhnyi', '2023-01-01', 'UKRMIL'],
    ['Budanov', '2023-01-01', 'UKRSPY'],
    ['Lukashenka', '2020-08-10', 'BLRGOV'],
    ['Tsikhanouskaya', '2021-01-01', 'BLROPP'],
    ['Kilicdaroglu', '2019-01-01', 'TUROPP'],
    ['Hulusi Akar', '2017-01-01', 'TURMIL'],
    ['Hulusi Akar', '2020-01-01', 'TURGOV'],
    ['Saakashvili', '2022-01-01', 'GEOOPP'],
    ['Ban Ki-moon', '2015-05-01', 'IGOUNO'],
    ['Christine Lagarde', '2016-01-01', 'IGOBUSIMF'],
    ['Christine Lagarde', '2021-01-01', 'IGOEUREECBUS'],
    ['Kristalina Georgieva', '2018-01-01', 'IGOBUSWBK'],
    ['Kristalina Georgieva', '2022-01-01', 'IGOBUSIMF'],
    ['Juncker', '2017-01-01', 'IGOEUREEC'],
    ['Roberta Metsola', '2024-01-01', 'IGOEUREECLEG'],
    ['Filippo Grandi', '2020-01-01', 'IGOUNOREFHCR'],
    ['Okonjo-Iweala', '2022-01-01', 'IGOBUSWTO'],
    ['Luis Almagro', '2019-01-01', 'IGOOAS'],
  ])('%s on %s → %s', (text, date, code) => {
    expect(kb.resolve(text, date).actor?.code).toBe(code);
  });
});

describe('office-holders by the title the text uses', () => {
  const kb = loadKb();
  it.each([
    // Iran's president heads the government; the Supreme Leader is head of state
    ['the Iranian president', '2025-01-20', 'Masoud Pezeshkian'],
    ["Iran's president", '2025-01-20', 'Masoud Pezeshkian'],
    ['the French president', '2025-01-20', 'Emmanuel Macron'],
    ["Germany's president", '2025-01-20', 'Frank-Walter Steinmeier'],
  ])('%s on %s → %s', (text, date, name) => {
    expect(kb.resolve(text, date).actor?.name).toBe(name);
  });
});
