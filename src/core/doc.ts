import type { Article } from './article.js';
import type { Issue } from './issue.js';
import type { Span } from './span.js';

/**
 * The document every stage reads and extends: one article text plus layers of spans.
 * Stages add layers; none rewrites another stage's layer. See docs/pipeline.md.
 */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpr[];
  quotes: Quote[];
  issues: Issue[];
}

/** Universal POS tags (as wink-nlp and UD use them). */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token extends Span {
  /** Index in `Doc.tokens`. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Token range `[firstToken, endToken)` in `Doc.tokens`. */
  firstToken: number;
  endToken: number;
}

/** TIMEX3 types and modifiers. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** A temporal expression normalised against the publication date (TIMEX3 value syntax). */
export interface TimeExpr extends Span {
  text: string;
  type: TimexType;
  /** `2026-01-02`, `2025-10`, `2026-SP`, `2026-W14`, `PRESENT_REF`, `P25M`, `XXXX-03` ... */
  value: string;
  mod?: TimexMod;
  /** Which rule produced it (for explain/debug). */
  rule: string;
}

/** An actor as the knowledge base resolved it, valid on a given date. */
export interface ActorRef {
  /** CAMEO-style code as GDELT writes it: `JPNGOV`, `USA`, `IGOUNO`, `CHNMIL`. */
  code: string;
  /** Three-letter country part (`IGO`, `NGO`, ... for organisations without a country). */
  country: string | null;
  /** Three-letter role (`GOV`, `MIL`, ...), or null for the country as a whole. */
  role: string | null;
  /** Canonical name of the person or body (`Sanae Takaichi`, `Japan`, `United Nations`). */
  name: string | null;
  /** Id of the knowledge-base entry that resolved it. */
  entry?: string;
  /** A name that stands for several actors at once (PETRARCH's `THE_SHIRE [FRO/BIL/SAM]`): each acts. */
  group?: ActorRef[];
}

export type MentionKind =
  | 'name' // a known name: person, country, organisation
  | 'demonym' // "Japanese officials", "Chinese"
  | 'role' // "the prime minister", "the foreign ministry"
  | 'metonym' // "Tokyo", "the Kremlin" as an actor
  | 'pronoun' // he, she, they, it, his, her, their
  | 'plural' // "the two leaders", "both sides"
  | 'unknown'; // a capitalised name the knowledge base does not know

export interface Mention extends Span {
  id: number;
  sentence: number;
  text: string;
  kind: MentionKind;
  /** Index of the head token. */
  head: number;
  number: 'sg' | 'pl';
  gender?: 'm' | 'f' | 'n';
  /** The resolved actor (directly, or through `antecedent`), or null when unknown. */
  actor: ActorRef | null;
  /** For pronouns and nominals: the mention this one refers back to. */
  antecedent?: number;
  /** For coordinations and plurals ("the two leaders"): the member mentions. */
  members?: number[];
  /** What the actor is, as the knowledge base told: a person, a country, an organisation, a group or a role. */
  entity?: 'person' | 'country' | 'org' | 'group' | 'role';
  /** Role code understood from a role noun whose country is not yet known ("troops" → MIL). */
  role?: string;
  /** Office key when known ("head_of_government"): lets "the prime minister" find its person. */
  office?: string;
  /**
   * How the mention is used in its sentence: as an actor, as a place ("in Tokyo"), or as a
   * modifier of another noun ("Japan-U.S. alliance", "Chinese response").
   */
  use: 'actor' | 'location' | 'modifier';
  /** Rule that found or resolved it. */
  rule: string;
}

export interface Quote extends Span {
  /** Mention id of the speaker, when found. */
  speaker: number | null;
  /** The quoted or reported content. */
  content: Span;
  /** True when the source is named (not "a government source"). */
  named: boolean;
  kind: 'direct' | 'reported';
}
