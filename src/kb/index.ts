// The knowledge base: loads Dyad's data (data/actors/*, data/agents.yaml, data/ontology/cameo.yaml)
// and any user overlays, indexes every name in one phrase lexicon, and answers through the Kb interface.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../core/config.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
import { loadAgents } from './agents.js';
import { cachedByFiles } from './cache.js';
import { existing, loadAmbiguities, loadCountries } from './countries.js';
import { PhraseIndex } from './lexicon.js';
import { loadOntologyInto } from './ontology.js';
import { loadOrganisations } from './organisations.js';
import { loadPeople, peopleFiles } from './people.js';
import { loadPlaces, PLACE_KINDS } from './places.js';
import { makeResolver } from './resolve.js';
import { norm } from './text.js';
import type { Kb } from './types.js';

export interface KbOptions {
  /**
   * User overlay folders, applied in order after Dyad's data. Each may hold countries.yaml,
   * ambiguous.yaml, organisations.yaml, agents.yaml, places.yaml and people/*.yaml (or people.yaml), at its top
   * or under actors/ as data/ does; entries add to Dyad's or replace them by id / code / noun.
   */
  overlays?: readonly string[];
}

/** The files of one kind: Dyad's own, then each overlay's (top level, then under actors/). */
function filesOf(overlays: readonly string[], base: string[], name: string): string[] {
  return existing([...base, ...overlays.flatMap((d) => [join(d, name), join(d, 'actors', name)])]);
}

export function loadKb(options: KbOptions = {}): Kb {
  const overlays = options.overlays ?? [];
  const issues: Issue[] = [];
  const countries = loadCountries(
    filesOf(overlays, [dataPath('actors', 'countries.yaml')], 'countries.yaml'),
    issues,
  );
  const ambiguous = loadAmbiguities(
    filesOf(overlays, [dataPath('actors', 'ambiguous.yaml')], 'ambiguous.yaml'),
    issues,
  );
  const people = loadPeople(
    [
      ...peopleFiles(dataPath('actors', 'people')),
      ...overlays.flatMap((d) => [
        ...peopleFiles(join(d, 'people')),
        ...peopleFiles(join(d, 'actors', 'people')),
        ...existing([join(d, 'people.yaml')]),
      ]),
    ],
    issues,
  );
  const orgs = loadOrganisations(
    filesOf(overlays, [dataPath('actors', 'organisations.yaml')], 'organisations.yaml'),
    issues,
  );
  const agents = loadAgents(
    existing([dataPath('agents.yaml'), ...overlays.map((d) => join(d, 'agents.yaml'))]),
    issues,
  );
  // The gazetteer: the overlays' places first (a user's reading of a name wins), then Dyad's
  // hand-written places, then the cities generated from GeoNames.
  const gazetteer = loadPlaces(
    [
      ...filesOf(overlays, [], 'places.yaml'),
      ...existing([dataPath('actors', 'places.yaml'), dataPath('actors', 'cities.yaml')]),
    ],
    new Set(countries.keys()),
    issues,
  );

  // One lexicon over every name. Countries first, so a phrase that is both a country and something
  // else (a person's alias) lists the country first, as the interim loader did.
  const lexicon = new PhraseIndex();
  const seats = new Map<string, string>();
  for (const c of countries.values()) {
    for (const n of c.names) lexicon.add(n, { kind: 'country', id: c.code });
    for (const n of c.demonyms) lexicon.add(n, { kind: 'demonym', id: c.code });
    for (const n of c.capitals) lexicon.add(n, { kind: 'capital', id: c.code });
    for (const n of c.places) lexicon.add(n, { kind: 'place', id: c.code });
    for (const s of c.seats) {
      // A seat is named with or without its article ("the Kremlin", "Kremlin officials").
      for (const name of [s.name, s.name.replace(/^the\s+/i, '')]) {
        lexicon.add(name, { kind: 'seat', id: c.code });
        seats.set(norm(name), s.code ?? `${c.code}GOV`);
      }
    }
  }
  for (const p of people.values()) {
    lexicon.add(p.name, { kind: 'person', id: p.id });
    for (const a of p.aliases) lexicon.add(a, { kind: 'person', id: p.id });
  }
  for (const o of orgs.values())
    for (const n of [o.name, ...o.aliases]) {
      lexicon.add(n, { kind: 'org', id: o.code });
      // The resolver reads a mention without its possessives ("Tigray People's Liberation Front" as
      // "tigray people liberation front"), so a name holding one is found that way too.
      const bare = n.replace(/['’]s\b/g, '');
      if (bare !== n && !lexicon.get(bare).length) lexicon.add(bare, { kind: 'org', id: o.code });
    }
  for (const noun of agents.keys()) lexicon.add(noun, { kind: 'agent', id: noun });
  // An ambiguous name the tables above do not hold (a city that is also a given name) enters the
  // lexicon with its first reading; the resolver reads it from the article before anything else.
  for (const a of ambiguous.values()) {
    const first = a.readings.find((r) => r.code);
    if (first?.code && !lexicon.get(a.name).length)
      lexicon.add(a.name, { kind: first.as === 'person' ? 'place' : first.as, id: first.code });
  }
  // Places last: a place never takes a name that a country, capital, seat, person, organisation,
  // role noun or ambiguous name already holds ("Austin" stays Lloyd Austin, "Tripoli" the capital).
  const places = new Map<string, (typeof gazetteer.places)[number]>();
  const placesByKind: Record<string, number> = Object.fromEntries(PLACE_KINDS.map((k) => [k, 0]));
  for (const p of gazetteer.places) {
    let added = false;
    // A possessive inside a name ("Cox's Bazar") is read as the resolver reads mentions: without it.
    const names = [p.name, ...p.aliases].flatMap((n) => [n, n.replace(/['’]s\b/g, '')]);
    for (const n of new Set(names)) {
      const key = norm(n);
      if (places.has(key) || lexicon.get(n).length) continue;
      lexicon.add(n, { kind: 'place', id: p.country ?? '' });
      places.set(key, p);
      added = true;
    }
    if (added) placesByKind[p.kind] = (placesByKind[p.kind] ?? 0) + 1;
  }

  const { resolve, officeHolder } = makeResolver({
    countries,
    seats,
    people,
    orgs,
    agents,
    ambiguous,
    lexicon,
    places,
    placeWords: gazetteer.placeWords,
  });
  // The ontology's loader parses cameo.yaml three times; its result is cached like the lists above,
  // keyed on the data file and on the loader's own source.
  const loaded = cachedByFiles(
    [
      dataPath('ontology', 'cameo.yaml'),
      ...['ts', 'js'].map((x) => fileURLToPath(new URL(`./ontology.${x}`, import.meta.url))),
    ],
    'ontology',
    () => {
      const found: Issue[] = [];
      return { entries: [...loadOntologyInto(found)], issues: found };
    },
  );
  issues.push(...loaded.issues);
  const ontology = new Map(loaded.entries);
  return {
    ontology,
    lexicon,
    resolve,
    officeHolder,
    issues,
    stats: () => ({
      countries: countries.size,
      people: people.size,
      people_with_terms: [...people.values()].filter((p) => p.terms.length > 0).length,
      organisations: orgs.size,
      cameo_codes: ontology.size,
      agents: agents.size,
      ambiguous_names: ambiguous.size,
      places: Object.values(placesByKind).reduce((a, b) => a + b, 0),
      ...Object.fromEntries(Object.entries(placesByKind).map(([k, n]) => [`places_${k}`, n])),
      phrases: lexicon.size,
    }),
  };
}

let cached: Kb | undefined;
/** Dyad's own knowledge base (no overlays), loaded once per process. */
/** The knowledge base with the overlays of the user's `dyad.config.yaml` (src/core/config.ts), loaded once. */
export const defaultKb = (): Kb => {
  if (!cached) {
    const config = loadConfig();
    cached = loadKb({ overlays: config.kb });
    cached.issues.push(...config.issues);
  }
  return cached;
};
