import { createHash } from 'node:crypto';
import type { ActorRef, Mention } from '../core/doc.js';
import type { EventActor, EventRecord } from '../core/event.js';
import type { OntologyEntry } from '../kb/types.js';

/** An event actor from a resolved actor and the mention that named it. */
export const eventActor = (actor: ActorRef, mention: Mention): EventActor => ({
  code: actor.code,
  country: actor.country && /^[A-Z]{3}$/.test(actor.country) ? actor.country : null,
  role: actor.role && /^[A-Z]{3}$/.test(actor.role) ? actor.role : null,
  name: actor.name,
  text: mention.text,
});

/** CAMEO fields of a code from the ontology (the code's own entry, else its nearest parent's). */
export function cameoFields(code: string, ontology: ReadonlyMap<string, OntologyEntry>) {
  let entry = ontology.get(code);
  for (let n = code.length - 1; !entry && n >= 2; n--) entry = ontology.get(code.slice(0, n));
  const root = code.slice(0, 2);
  const quad = entry?.quad ?? quadOfRoot(root);
  return {
    root,
    quad_class: quad,
    goldstein: entry?.goldstein ?? 0,
    plover: { event: entry?.plover.event ?? '', mode: entry?.plover.mode ?? null },
  };
}

/** GDELT's QuadClass by root: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
export const quadOfRoot = (root: string): 1 | 2 | 3 | 4 => {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
};

/** A stable id: the same article, sentence, actors and code give the same id on every run. */
export const eventId = (
  articleId: string,
  sentence: number,
  source: string,
  target: string | null,
  code: string,
  start: number,
): string =>
  createHash('sha1')
    .update(`${articleId}|${sentence}|${source}|${target ?? ''}|${code}|${start}`)
    .digest('hex')
    .slice(0, 16);

export type { EventRecord };
