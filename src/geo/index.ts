import type { ActorRef } from '../core/doc.js';
import type { Kb } from '../kb/types.js';

export interface Location {
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** A place phrase as a location: its country from the knowledge base and, when known, coordinates. */
export function locate(kb: Kb, text: string, actor: ActorRef | null, date: string): Location {
  const place = text.replace(/^the\s+/i, '');
  const r = actor ? null : kb.resolve(place, date, { use: 'location' });
  const country = actor?.country ?? r?.actor?.country ?? null;
  return {
    place,
    country: country && /^[A-Z]{3}$/.test(country) && country !== 'IGO' ? country : null,
    lat: null,
    lon: null,
  };
}
