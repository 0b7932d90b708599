import type { ActorRef } from '../core/doc.js';
import type { Kb } from '../kb/types.js';
import { countryCentre, findCity } from './gazetteer.js';

export { loadGazetteer } from './gazetteer.js';

export interface Location {
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * A place phrase as a location: its country from the knowledge base, and coordinates from the
 * gazetteer (the city of that name in that country, else the country's centre when the place is the
 * country itself).
 */
export function locate(kb: Kb, text: string, actor: ActorRef | null, date: string): Location {
  const place = text.replace(/^the\s+/i, '');
  const resolved = actor ?? kb.resolve(place, date, { use: 'location' }).actor;
  const raw = resolved?.country ?? null;
  const country = raw && /^[A-Z]{3}$/.test(raw) && raw !== 'IGO' && raw !== 'NGO' ? raw : null;
  const city = findCity(place, country);
  const point =
    city ?? (country && resolved?.role === null && resolved.name !== null ? countryCentre(country) : null);
  return {
    place,
    country: country ?? city?.country ?? null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
  };
}
