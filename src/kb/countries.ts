// Countries and territories: ISO 3166-1 from the `world-countries` package (alpha-3 codes, as CAMEO
// uses them), with Dyad's overlay data/actors/countries.yaml (CAMEO codes where they differ, names and
// demonyms news uses, capitals and seats of power as metonyms, entities ISO lacks) and ambiguous names
// (data/actors/ambiguous.yaml) whose reading the article decides.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { type Issue, issue } from '../core/issue.js';
import { loadListCached } from './cache.js';

const Code3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case code');

const Seat = z.object({
  name: z.string(),
  /** The actor the seat speaks for; the country's government (XXXGOV) when omitted. */
  code: z
    .string()
    .regex(/^[A-Z]{3,}$/)
    .optional(),
});
export type Seat = z.infer<typeof Seat>;

export const CountryOverlay = z
  .object({
    code: Code3,
    /** The package's code this entry takes over (Kosovo: the package's UNK becomes CAMEO's KSV). */
    replaces: Code3.optional(),
    name: z.string().optional(),
    names: z.array(z.string()).default([]),
    demonyms: z.array(z.string()).default([]),
    capitals: z.array(z.string()).default([]),
    seats: z.array(Seat).default([]),
    /** Regions and places of the country that news names on their own ("Gaza", "the West Bank"). */
    places: z.array(z.string()).default([]),
    /** Names the package gives that mislead in news (an abbreviation that is also a word). */
    drop: z.array(z.string()).default([]),
    note: z.string().optional(),
  })
  .strict();
export type CountryOverlay = z.infer<typeof CountryOverlay>;

export interface Country {
  code: string;
  name: string;
  /** Every name that means the country itself. */
  names: string[];
  demonyms: string[];
  capitals: string[];
  seats: Seat[];
  places: string[];
}

interface PackageCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
}

const require = createRequire(import.meta.url);

/** The package's countries as Dyad's entries: long alternative spellings and dotted abbreviations ("U.S."). */
function packageCountries(): Map<string, Country> {
  const out = new Map<string, Country>();
  for (const c of require('world-countries') as PackageCountry[]) {
    const names = [c.name.common, c.name.official];
    for (const a of c.altSpellings) {
      if (a.length > 3) names.push(a);
      else if (/^[A-Z]{2,3}$/.test(a)) names.push(`${a.split('').join('.')}.`);
    }
    const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    out.set(c.cca3, {
      code: c.cca3,
      name: c.name.common,
      names,
      demonyms,
      capitals: c.capital.map((cap) => cap.replace(/\s+D\.C\.$/, '')),
      seats: [],
      places: [],
    });
  }
  return out;
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];

/** Applies overlay entries: a known code gains names (and loses `drop`); a new code needs a name. */
export function applyCountryOverlay(
  countries: Map<string, Country>,
  entries: readonly CountryOverlay[],
  file: string,
  issues: Issue[],
): void {
  for (const e of entries) {
    if (e.replaces && e.replaces !== e.code) {
      const old = countries.get(e.replaces);
      if (old) {
        countries.delete(e.replaces);
        countries.set(e.code, { ...old, code: e.code });
      }
    }
    let c = countries.get(e.code);
    if (!c) {
      if (!e.name) {
        issues.push(issue('BAD_DATA', `country ${e.code}: a new code needs a name`, file));
        continue;
      }
      c = { code: e.code, name: e.name, names: [], demonyms: [], capitals: [], seats: [], places: [] };
      countries.set(e.code, c);
    }
    const drop = new Set(e.drop.map((d) => d.toLowerCase()));
    const keep = (xs: string[]) => xs.filter((x) => !drop.has(x.toLowerCase()));
    if (e.name) c.name = e.name;
    c.names = keep(uniq([c.name, ...c.names, ...e.names]));
    c.demonyms = keep(uniq([...c.demonyms, ...e.demonyms]));
    c.capitals = keep(uniq([...c.capitals, ...e.capitals]));
    c.seats = [...c.seats.filter((s) => !e.seats.some((n) => n.name === s.name)), ...e.seats];
    c.places = keep(uniq([...c.places, ...e.places]));
  }
}

/** The package's countries with each overlay file applied in order. */
export function loadCountries(files: readonly string[], issues: Issue[]): Map<string, Country> {
  const countries = packageCountries();
  for (const file of files) {
    const { items, issues: bad } = loadListCached(file, CountryOverlay, 'country', 'countries');
    issues.push(...bad);
    applyCountryOverlay(countries, items, file, issues);
  }
  return countries;
}

// --- Ambiguous names ---------------------------------------------------------------------------

const Reading = z
  .object({
    /** The country the reading points to (absent for a person's name). */
    code: Code3.optional(),
    /**
     * country: the country itself; capital: its capital (a speaker means the government, a location
     * the place); place: a place inside the country (the U.S. state of Georgia); person: a person's name.
     */
    as: z.enum(['country', 'capital', 'place', 'person']),
    /** Name of the place or person reading ("Georgia (U.S. state)"). */
    name: z.string().optional(),
    /** Words of the article that point to this reading (places, people, demonyms), as written. */
    cues: z.array(z.string()).default([]),
    /** Country codes named in the article that point to this reading. */
    countries: z.array(Code3).default([]),
    /** A person reading: a capitalised word right before the name makes it a surname ("Michael Jordan"). */
    surname: z.boolean().default(false),
    /** A person reading: a capitalised word right after the name makes it a given name ("Chad Smith"). */
    given_name: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.as === 'person' || r.code !== undefined, 'a reading other than a person needs a code');
export type Reading = z.infer<typeof Reading>;

export const Ambiguity = z
  .object({
    name: z.string(),
    /** The readings; the first is the default when the article gives no cue. */
    readings: z.array(Reading).min(2),
    note: z.string().optional(),
  })
  .strict();
export type Ambiguity = z.infer<typeof Ambiguity>;

/** Ambiguous names by lower-cased name; later files override by name. */
export function loadAmbiguities(files: readonly string[], issues: Issue[]): Map<string, Ambiguity> {
  const out = new Map<string, Ambiguity>();
  for (const file of files) {
    const { items, issues: bad } = loadListCached(file, Ambiguity, 'ambiguity', 'ambiguous');
    issues.push(...bad);
    for (const a of items) out.set(a.name.toLowerCase(), a);
  }
  return out;
}

/** Files that exist among `paths`, in order. */
export const existing = (paths: readonly string[]): string[] => paths.filter((p) => existsSync(p));
