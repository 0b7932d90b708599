import type { ActorRef } from '../core/doc.js';
import type { Issue } from '../core/issue.js';

/**
 * The knowledge base: everything Dyad knows, loaded from `data/` (and user overlays) and
 * validated at start. Stages read it through this interface only.
 */
export interface Kb {
  /** Every CAMEO code (2–4 digits, leading zeros kept). */
  ontology: ReadonlyMap<string, OntologyEntry>;
  /** Phrase index over every name, alias, demonym, capital, seat of power and role noun. */
  lexicon: Lexicon;
  /**
   * Resolve the text of a mention ("Japan's Prime Minister Sanae Takaichi", "Beijing",
   * "the Japanese prime minister", "Chinese coast guard") to an actor valid on `date` (YYYY-MM-DD).
   */
  resolve(text: string, date: string, ctx?: ResolveContext): Resolution;
  /** The person holding an office of a country on a date ("prime minister" of JPN on 2026-01-03). */
  officeHolder(country: string, office: string, date: string): PersonHit | null;
  /** Problems found while loading (malformed entries are reported and skipped). */
  issues: Issue[];
  stats(): Record<string, number>;
  /**
   * How a role with no country of its own is read ("officials said"): from its passage (the default), or
   * as no country's (`none`: `---GOV`, as PETRARCH codes it).
   */
  bareRoles?: 'context' | 'none';
}

export interface OntologyEntry {
  code: string;
  name: string;
  goldstein: number;
  /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  plover: { event: string; mode: string | null; context: string[] };
  description?: string;
}

export interface ResolveContext {
  /** How the mention is used: as an actor (a capital means its government) or a location (the place). */
  use?: 'actor' | 'location';
  /** Country codes named elsewhere in the article, for ambiguous names (Georgia, Congo, Jordan). */
  articleCountries?: readonly string[];
  /**
   * Text of the article (or other text around the mention): the places and names it holds decide an
   * ambiguous name ("Georgia" in an article naming Tbilisi is the country; naming Atlanta, the U.S. state).
   */
  articleText?: string;
}

export type Resolution =
  | {
      actor: ActorRef;
      kind: 'country' | 'person' | 'org' | 'group' | 'role';
      gender?: 'm' | 'f';
      number: 'sg' | 'pl';
      /** Office key when the mention names an office ("prime minister" → head_of_government). */
      office?: string;
      rule: string;
    }
  | {
      actor: null;
      reason: string;
      /** What was understood even though no actor could be fixed (a role noun with no country). */
      partial?: { role?: string; office?: string; number?: 'sg' | 'pl'; gender?: 'm' | 'f' };
    };

export interface PersonHit {
  id: string;
  name: string;
  gender?: 'm' | 'f';
  country: string;
  role: string;
  office: string;
}

/** What a phrase in the lexicon stands for. */
export interface LexEntry {
  kind: 'country' | 'demonym' | 'capital' | 'seat' | 'person' | 'org' | 'group' | 'agent' | 'place';
  /** Id of the entry in its table (country code, person id, organisation code, agent id). */
  id: string;
}

export interface Lexicon {
  /**
   * Longest phrase of the lexicon that starts at `tokens[start]`. Tokens are compared lower-cased,
   * so callers pass `Token.lower`. Returns the number of tokens matched and what the phrase means.
   */
  longest(tokens: readonly string[], start: number): { length: number; entries: LexEntry[] } | null;
}
