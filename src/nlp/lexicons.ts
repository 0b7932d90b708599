import { z } from 'zod';
import { loadYamlList, readYamlObject } from '../core/data-file.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';

const Pronoun = z.object({
  form: z.string(),
  number: z.enum(['sg', 'pl']),
  gender: z.enum(['m', 'f', 'n']).optional(),
  case: z.enum(['subject', 'object', 'possessive', 'reflexive']),
  person: z.union([z.literal(1), z.literal(3)]),
});
export type Pronoun = z.infer<typeof Pronoun>;

const Plural = z.object({
  phrase: z.string(),
  members: z.number().int().min(0),
  of: z.enum(['person', 'country', 'any']),
});
export type Plural = z.infer<typeof Plural>;

const SpeechFile = z.object({
  speech_verbs: z.array(z.string()),
  quote_only_verbs: z.array(z.string()).default([]),
  attribution_phrases: z.array(z.string()).default([]),
});
const PronounExtras = z.object({
  reciprocals: z.array(z.string()).default([]),
  pleonastic_it: z
    .object({
      verbs_before: z.array(z.string()),
      copulas: z.array(z.string()),
      complements: z.array(z.string()),
    })
    .optional(),
});
const EventNounFile = z.object({
  deed_nouns: z.array(z.string()).default([]),
  deed_codes: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  deed_noun_codes: z.record(z.string(), z.array(z.string().regex(/^\d{2,4}$/))).default({}),
  reaction_verbs: z.array(z.string()).default([]),
  background_modifiers: z.array(z.string()).default([]),
  event_nouns: z.array(z.string()),
  modifier_nouns: z.array(z.string()).default([]),
});
const RolesFile = z.object({
  group_roles: z.array(z.string().length(3)),
  local_roles: z.array(z.string().length(3)).default([]),
  generic_heads: z.array(z.string()).default([]),
});
const PrepositionFile = z.object({
  place: z.array(z.string()),
  frame: z.array(z.string()),
  participle: z.array(z.string()).default([]),
  clause: z.array(z.string()).default([]),
  by_means: z.array(z.string()).default([]),
  purpose_verbs: z.array(z.string()).default([]),
  object_control_verbs: z.array(z.string()).default([]),
});

export interface NlpLexicons {
  /** Lemmas of verbs of saying. */
  speechVerbs: Set<string>;
  /** Verbs of saying that attribute direct quotations only, never a reported clause. */
  quoteOnlyVerbs: Set<string>;
  /** Phrases that attribute their clause to a source ("according to"), lower case. */
  attributionPhrases: string[];
  /** "each other", "one another": a group acting on itself, member on member. */
  reciprocals: Set<string>;
  /** Contexts in which "it" refers to nothing. */
  pleonasticIt: { verbsBefore: Set<string>; copulas: Set<string>; complements: Set<string> };
  /** Nouns that name events ("visit", "talks"): they carry their own time and modality. */
  eventNouns: Set<string>;
  /** Nouns after which a country or demonym is a modifier ("alliance", "city"), event nouns included. */
  modifierNouns: Set<string>;
  /** Prepositions that make an event noun the time frame of the event before it ("during his trip"). */
  framePrepositions: Set<string>;
  /** Roles of non-state groups: what such a group's member owns belongs to the group. */
  groupRoles: Set<string>;
  /** Roles of people who act where they are: without a country, they take that of the place named. */
  localRoles: Set<string>;
  /** Words that join a participle to the verb whose subject it shares ("before flying"). */
  participleLinks: Set<string>;
  /** Nouns that take the role of the role word before them ("the paramilitary group"). */
  genericHeads: Set<string>;
  /** Verbs whose "to" after an object opens a purpose: their subject acts ("summoned X's envoy to protest"). */
  purposeVerbs: Set<string>;
  /** Verbs whose object does what the infinitive after it says ("allow families to return"). */
  objectControlVerbs: Set<string>;
  /** Nouns after "by" that name a means, not an agent ("spoke by phone"). */
  byMeans: Set<string>;
  /** Prepositions that also open a clause of time ("after Israeli warplanes struck ..."). */
  clauseOpeners: Set<string>;
  /** Prepositions after which a country or city is a place ("in Tokyo"). */
  placePrepositions: Set<string>;
  /** Nouns that name a deed someone did ("the attack", "the ruling"): a pattern's [E]. */
  deedNouns: Set<string>;
  /** Code prefixes of the events whose source is the doer a later [E] refers to. */
  deedCodes: string[];
  /** The code prefixes a deed noun can refer to ("the expulsion": 166, 174); a noun not listed, any. */
  deedNounCodes: Map<string, string[]>;
  /** Verbs of reaction: their subject does not own the event noun they govern ("condemned the attack"). */
  reactionVerbs: Set<string>;
  /** Words that make an event noun a past one recalled ("previous ceasefires"): background, not coded. */
  backgroundModifiers: Set<string>;
  pronouns: Map<string, Pronoun>;
  /** Plural nominals keyed by their lower-cased words joined by spaces. */
  plurals: Map<string, Plural>;
  /** Longest plural phrase, in words. */
  pluralMaxWords: number;
  /** First words of the plural and reciprocal phrases: other words start neither. */
  groupStarts: Set<string>;
  issues: Issue[];
}

let cached: NlpLexicons | undefined;

/** The language layer's own word lists, from data/nlp/. */
export function nlpLexicons(): NlpLexicons {
  if (cached) return cached;
  const p = loadYamlList(dataPath('nlp', 'pronouns.yaml'), Pronoun, 'pronouns');
  const q = loadYamlList(dataPath('nlp', 'plurals.yaml'), Plural, 'plurals');
  const sp = readYamlObject(dataPath('nlp', 'speech.yaml'), SpeechFile);
  const ev = readYamlObject(dataPath('nlp', 'event-nouns.yaml'), EventNounFile);
  const rl = readYamlObject(dataPath('nlp', 'roles.yaml'), RolesFile);
  const pp = readYamlObject(dataPath('nlp', 'prepositions.yaml'), PrepositionFile);
  const pl = readYamlObject(dataPath('nlp', 'pronouns.yaml'), PronounExtras);
  const it = pl.value?.pleonastic_it;
  cached = {
    speechVerbs: new Set(sp.value?.speech_verbs ?? []),
    quoteOnlyVerbs: new Set(sp.value?.quote_only_verbs ?? []),
    attributionPhrases: sp.value?.attribution_phrases ?? [],
    reciprocals: new Set(pl.value?.reciprocals ?? []),
    pleonasticIt: {
      verbsBefore: new Set(it?.verbs_before ?? []),
      copulas: new Set(it?.copulas ?? []),
      complements: new Set(it?.complements ?? []),
    },
    eventNouns: new Set(ev.value?.event_nouns ?? []),
    modifierNouns: new Set([...(ev.value?.event_nouns ?? []), ...(ev.value?.modifier_nouns ?? [])]),
    deedNouns: new Set(ev.value?.deed_nouns ?? []),
    framePrepositions: new Set(pp.value?.frame ?? []),
    placePrepositions: new Set(pp.value?.place ?? []),
    participleLinks: new Set((pp.value?.participle ?? []).map((w) => w.split(' ').at(-1)!)),
    clauseOpeners: new Set(pp.value?.clause ?? []),
    byMeans: new Set(pp.value?.by_means ?? []),
    purposeVerbs: new Set(pp.value?.purpose_verbs ?? []),
    objectControlVerbs: new Set(pp.value?.object_control_verbs ?? []),
    groupRoles: new Set(rl.value?.group_roles ?? []),
    localRoles: new Set(rl.value?.local_roles ?? []),
    genericHeads: new Set(rl.value?.generic_heads ?? []),
    deedCodes: ev.value?.deed_codes ?? [],
    deedNounCodes: new Map(Object.entries(ev.value?.deed_noun_codes ?? {})),
    reactionVerbs: new Set(ev.value?.reaction_verbs ?? []),
    backgroundModifiers: new Set(ev.value?.background_modifiers ?? []),
    pronouns: new Map(p.items.map((x) => [x.form, x])),
    plurals: new Map(q.items.map((x) => [x.phrase, x])),
    pluralMaxWords: Math.max(1, ...q.items.map((x) => x.phrase.split(' ').length)),
    groupStarts: new Set(
      [...q.items.map((x) => x.phrase), ...(pl.value?.reciprocals ?? [])].map((x) => x.split(' ')[0]!),
    ),
    issues: [...p.issues, ...q.issues, ...sp.issues, ...ev.issues, ...pl.issues, ...pp.issues, ...rl.issues],
  };
  return cached;
}
