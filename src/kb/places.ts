// The gazetteer: places below the country (cities, regions, conflict areas, sites, waters) whose
// names resolve to their country. data/actors/places.yaml is written by hand (regions, conflict
// places, spellings news uses); data/actors/cities.yaml is generated from GeoNames by
// scripts/gen-cities.ts. A place is a location of its country and, as an actor or a target, the
// country itself (CAMEO codes an attack on Kharkiv against Ukraine); it never takes a name that
// another entry of the knowledge base already holds (see src/kb/index.ts).
import { basename } from 'node:path';
import { z } from 'zod';
import type { Issue } from '../core/issue.js';
import { issue } from '../core/issue.js';
import { loadListCached } from './cache.js';

const Code3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case code');

export const PLACE_KINDS = ['city', 'region', 'area', 'site', 'waters'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const Place = z
  .object({
    name: z.string().min(1),
    /** The country the place belongs to; absent for waters and disputed places of no single country. */
    country: Code3.optional(),
    /**
     * city: a city or town; region: a first-level division (state, province, oblast, governorate);
     * area: a named area that is no division (Donbas, Darfur, the Sahel); site: a facility or a
     * landmark (Natanz, the Zaporizhzhia nuclear plant); waters: seas, straits, shoals and reefs.
     */
    kind: z.enum(PLACE_KINDS).default('city'),
    /** Other spellings and names ("Kharkov", "Al-Fashir"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Countries that claim a place of no single country (Scarborough Shoal: CHN, PHL, TWN). */
    claimants: z.array(Code3).default([]),
    /** Population (GeoNames) for generated cities. */
    population: z.number().int().nonnegative().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine(
    (p) => p.country !== undefined || p.claimants.length > 0 || p.kind === 'waters' || p.kind === 'area',
    'a place without a country must be waters, an area or name its claimants',
  );
export type Place = z.infer<typeof Place>;

export interface Gazetteer {
  /** Every place by each of its normalised names (the first file to name a phrase keeps it). */
  places: Place[];
  /**
   * Words that may stand right beside a place's name without making the mention a person's name or
   * the name of a thing ("Kharkiv Oblast", "Northern Gaza"): see the resolver's person-shape rule.
   */
  placeWords: Set<string>;
}

/** Places of each file in order, and the place words a places.yaml among them lists (`place_words:`). */
export function loadPlaces(
  files: readonly string[],
  knownCountries: ReadonlySet<string>,
  issues: Issue[],
): Gazetteer {
  const places: Place[] = [];
  const placeWords = new Set<string>();
  for (const file of files) {
    const { items, lines, issues: bad } = loadListCached(file, Place, 'place', 'places');
    issues.push(...bad);
    items.forEach((p, k) => {
      const unknown = [p.country, ...p.claimants].filter((c) => c !== undefined && !knownCountries.has(c));
      if (unknown.length) {
        issues.push(
          issue('BAD_DATA', `place ${p.name}: unknown country ${unknown.join(', ')}`, file, lines[k]),
        );
        return;
      }
      places.push(p);
    });
    // Only a places.yaml lists place words (reading the generated cities.yaml twice would double
    // its cold-cache parse for nothing).
    if (basename(file) !== 'places.yaml') continue;
    const words = loadListCached(file, z.string().min(1), 'place-word', 'place_words');
    issues.push(...words.issues);
    for (const w of words.items) placeWords.add(w.toLowerCase());
  }
  return { places, placeWords };
}
