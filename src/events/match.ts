import type { Mention, Token } from '../core/doc.js';
import { lookupForms } from '../nlp/forms.js';
import { nlpLexicons } from '../nlp/lexicons.js';
import type { Syntax } from '../nlp/syntax.js';
import type { Element, Pattern } from './patterns/schema.js';

export interface Match {
  pattern: Pattern;
  /** Anchor token (the predicate). */
  head: number;
  source: Mention | null;
  target: Mention | null;
  /** Tokens the pattern's words matched. */
  matched: number[];
  passive: boolean;
  /** The target is the doer of a deed the clause names ("condemned the attack"), not a mention in it. */
  deedTarget?: boolean;
  /** Elements matched, slots included: the more, the better the match. */
  weight: number;
}

/** Why a pattern did not match, for `dyad explain`. */
export interface Miss {
  pattern: Pattern;
  reason: string;
}

/** Words that may stand between two elements of a pattern without being named in it. */
const FILLER = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'AUX', 'PART']);
const MAX_FILLERS = 6;
/** Tokens a match may also step over, a few in all (nouns of a compound, a coordinated object). */
const LOOSE_BUDGET = 4;
/** Nouns that report a deed named after "of" ("reports of executions"). */
const REPORT_NOUNS = new Set(['report', 'account', 'allegation', 'claim', 'evidence']);
const HARD_STOP = new Set([';', ':', '(', ')', '"', '“', '”', '.', '?', '!']);

/**
 * Tries `pattern` with its anchor at token `head`. Elements after the anchor are matched rightwards
 * (with fillers and a little slack between them); elements before it are the source (the subject, or a
 * possessor before "'s"). In the passive the subject is the target and the "by" phrase the source.
 */
export function matchPattern(
  syntax: Syntax,
  pattern: Pattern,
  head: number,
  doerBefore?: (char: number, noun?: string) => Mention | null,
): Match | Miss {
  const { tokens } = syntax;
  const anchorEl = pattern.elements[pattern.anchor] as Extract<Element, { kind: 'words' }>;
  const anchorLen = matchWordsAt(tokens, anchorEl, head, syntax.sentenceEnd(head));
  if (anchorLen === 0) return { pattern, reason: 'anchor words do not follow' };
  const { before, after, possessive } = partsOf(pattern);
  const headTok = tokens[head]!;

  // "described the storming of parliament": a gerund after a determiner names an event; the clause's
  // subject did not do it.
  const gerundNoun = headTok.lower.endsWith('ing') && tokens[head - 1]?.pos === 'DET';
  if (
    !possessive &&
    before.length === 1 &&
    before[0]!.kind === 'source' &&
    (headTok.pos === 'NOUN' || gerundNoun) &&
    // an "-ed" word is a verb the tagger mislabelled ("Gunmen abducted ..."), never a noun
    !headTok.lower.endsWith('ed') &&
    isVerbPattern(pattern)
  ) {
    return { pattern, reason: `anchor "${headTok.text}" is a noun here, the pattern wants a verb` };
  }

  // "the occupied West Bank", "to meet detained leader Aung San Suu Kyi": a participle between a
  // determiner, preposition or verb and a noun describes the noun; it reports no event.
  const prev = tokens[head - 1];
  const next = tokens[head + anchorLen];
  if (
    !possessive &&
    isVerbPattern(pattern) &&
    anchorLen === 1 &&
    headTok.lower.endsWith('ed') &&
    prev !== undefined &&
    prev.sentence === headTok.sentence &&
    (prev.pos === 'DET' || prev.pos === 'ADP' || prev.pos === 'VERB') &&
    syntax.mentionsEndingAt(head - 1).length === 0 &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  ) {
    return { pattern, reason: `"${headTok.text}" describes the noun after it here; it is not a predicate` };
  }
  // "during a brief private visit", "marched very close to": an adjective after a determiner or an
  // adverb is no verb.
  if (
    !possessive &&
    isVerbPattern(pattern) &&
    headTok.pos === 'ADJ' &&
    !headTok.lower.endsWith('ed') &&
    (prev?.pos === 'DET' || prev?.pos === 'ADV') &&
    prev!.sentence === headTok.sentence
  )
    return {
      pattern,
      reason: `"${headTok.text}" is an adjective after "${prev!.text}"; it is not a predicate`,
    };

  if (!possessive && syntax.isPassive(head) && before.some((e) => e.kind === 'source')) {
    // "a move condemned by Egypt": the noun before the participle is what undergoes it — an actor, or
    // a deed whose doer is the target.
    const reduced = syntax.isReducedPassive(head);
    const named = reduced ? syntax.actorEndingAt(head - 1) : syntax.subjectOf(head);
    const doer = reduced && !named ? deedDoer(syntax, head - 1, doerBefore) : null;
    const target = named ?? doer;
    const source = byAgent(syntax, head + anchorLen);
    if (!source) return { pattern, reason: 'passive without a "by" agent' };
    if (!target && reduced)
      return { pattern, reason: 'the noun before the participle is neither an actor nor a known deed' };
    // The pattern's other words must be there too, right after the verb or after the "by" agent
    // ("was granted asylum by Spain", "were imposed on Iran by the EU"); the [T] slot is the subject.
    const rest = after.filter((e) => e.kind !== 'target' && e.kind !== 'deed');
    const words = newState(undefined, [], 0);
    const end = syntax.sentenceEnd(head);
    const afterAgent = syntax.lastToken(source) + 1;
    if (
      rest.some((e) => e.kind === 'words' && !e.optional) &&
      !matchRight(syntax, rest, 0, head + anchorLen, end, words) &&
      !matchRight(syntax, rest, 0, afterAgent, end, newState(undefined, [], 0))
    )
      return { pattern, reason: `passive: no match for "${describe(rest)}" around "${headTok.text}"` };
    return {
      pattern,
      head,
      source,
      target,
      matched: range(head, anchorLen),
      passive: true,
      ...(doer && { deedTarget: true }),
      weight: 2 + (target ? 1 : 0),
    };
  }

  const state = newState(doerBefore, range(head, anchorLen), 1);
  if (!matchRight(syntax, after, 0, head + anchorLen, syntax.sentenceEnd(head), state)) {
    return { pattern, reason: `no match for "${partsOf(pattern).afterLabel}" after "${headTok.text}"` };
  }
  if (possessive) {
    // "her visit", "China's exercises"; without a possessor, the subject of the verb that governs the
    // noun ("Trump has expressed hope for a visit to Beijing").
    // Not a verb of reaction: "Spain condemned the attack on a synagogue" did not attack it.
    const governor = syntax.governorOf(head);
    const owns =
      governor !== null &&
      syntax.tokens[governor]!.pos === 'VERB' &&
      !nlpLexicons().reactionVerbs.has(syntax.tokens[governor]!.lemma);
    const owner = possessorBefore(syntax, head) ?? (owns ? syntax.subjectOf(governor) : null);
    if (!owner)
      return { pattern, reason: `no possessor before "${headTok.text}" nor a governing verb's subject` };
    state.source ??= owner;
    state.weight += 2;
  } else if (before.some((e) => e.kind === 'source') && !state.source) {
    state.source =
      syntax.subjectOf(head) ??
      (before.some((e) => e.kind === 'source' && e.inside) ? actorInSubject(syntax, head) : null);
    if (!state.source) return { pattern, reason: `no subject found for "${headTok.text}"` };
    // "in what Kyiv called one of the largest attacks": the verb's object is "what"; the words after it
    // name, they are not the object the pattern wants.
    if (
      syntax.tokens[syntax.firstToken(state.source) - 1]?.lower === 'what' &&
      (state.target || state.deedTarget)
    )
      return {
        pattern,
        reason: `"what ${state.source.text} ${headTok.text}" labels something; it has no object`,
      };
    state.weight += 1;
  } else if (before.some((e) => e.kind === 'target')) {
    // "[T] free * from [S]": the subject undergoes it ("the militia was freed from Barad-dur"); the
    // source is the slot after the verb.
    if (!state.source) return { pattern, reason: `no source after "${headTok.text}"` };
    state.target =
      syntax.subjectOf(head) ??
      (before.some((e) => e.kind === 'target' && e.inside) ? actorInSubject(syntax, head) : null);
    if (!state.target) return { pattern, reason: `no subject found for "${headTok.text}"` };
    state.weight += 1;
  }
  // "The State Department called the move unacceptable" after "U.S. strikes" were reported: a deed's
  // doer is never the one who speaks of it; the deed before is meant.
  if (state.deedTarget && state.source && state.target && doerBefore) {
    const lemma = state.matched
      .flatMap((i) => [syntax.tokens[i]!.lemma, syntax.tokens[i]!.lower])
      .find((l) => nlpLexicons().deedNouns.has(l));
    // The same body: the same code, or the same country where either is the bare country.
    const own = state.source.actor;
    const same = (m: Mention) =>
      own !== null &&
      m.actor?.country === own.country &&
      (m.actor.code === own.code || m.actor.role === null || own.role === null);
    let doer: Mention | null = state.target;
    while (doer && same(doer)) doer = doerBefore(doer.start, lemma);
    if (!doer) return { pattern, reason: `the only deed "${lemma}" can refer to is the speaker's own` };
    state.target = doer;
  }
  // "have broken at least six previous ceasefires": an event recalled as background is not coded.
  const recalled = state.matched.find(
    (t) => t !== head && nlpLexicons().backgroundModifiers.has(tokens[t - 1]?.lower ?? ''),
  );
  if (recalled !== undefined)
    return {
      pattern,
      reason: `"${tokens[recalled - 1]!.text} ${tokens[recalled]!.text}": background, not coded`,
    };
  // "Tshisekedi and Kagame met in Doha": with two parties in the subject, a place is where they met,
  // not a third party; the event is between the parties.
  if (pattern.symmetric && state.target?.use === 'location' && (state.source?.members?.length ?? 0) >= 2) {
    state.target = null;
    state.weight -= 1;
  }
  return {
    pattern,
    head,
    source: state.source,
    target: state.target,
    matched: state.matched,
    passive: false,
    ...(state.deedTarget && { deedTarget: true }),
    weight: state.weight,
  };
}

export const isMatch = (x: Match | Miss): x is Match => 'head' in x;

interface Parts {
  before: Element[];
  after: Element[];
  possessive: boolean;
  /** `after` as the pattern writes it, for the reason a match failed. */
  afterLabel: string;
}
const parts = new WeakMap<Pattern, Parts>();

/** A pattern's elements before and after its anchor, split once per pattern. */
function partsOf(pattern: Pattern): Parts {
  let p = parts.get(pattern);
  if (!p) {
    const before = pattern.elements.slice(0, pattern.anchor);
    const after = pattern.elements.slice(pattern.anchor + 1);
    p = { before, after, possessive: before.some((e) => e.kind === 'poss'), afterLabel: describe(after) };
    parts.set(pattern, p);
  }
  return p;
}

interface State {
  /** Who did the last deed reported before a position (for [E]). */
  doerBefore: ((char: number, noun?: string) => Mention | null) | undefined;
  source: Mention | null;
  target: Mention | null;
  deedTarget: boolean;
  matched: number[];
  weight: number;
  loose: number;
}

/** A fresh match state, always of the same shape (the matcher reads and restores it very often). */
const newState = (doerBefore: State['doerBefore'], matched: number[], weight: number): State => ({
  doerBefore,
  source: null,
  target: null,
  deedTarget: false,
  matched,
  weight,
  loose: LOOSE_BUDGET,
});

function matchRight(
  syntax: Syntax,
  els: Element[],
  ei: number,
  pos: number,
  end: number,
  st: State,
): boolean {
  if (ei === els.length) return true;
  const el = els[ei]!;
  const { tokens } = syntax;
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= 4 && pos + skip <= end; skip++) {
      if (skip > 0 && HARD_STOP.has(tokens[pos + skip - 1]!.text)) break;
      if (skip > 0 && tokens[pos + skip - 1]!.text === ',' && opensClause(syntax, pos + skip, end)) break;
      if (matchRight(syntax, els, ei + 1, pos + skip, end, st)) return true;
    }
    return false;
  }
  // "_word": right here, nothing between.
  if (el.kind === 'words' && el.tight) {
    const snapshot = { ...st, matched: [...st.matched] };
    if (tryElement(syntax, els, ei, pos, end, st)) return true;
    Object.assign(st, snapshot);
    return el.optional && matchRight(syntax, els, ei + 1, pos, end, st);
  }
  // Try the element here, then step over fillers (and, within the budget, loose tokens) and retry.
  let p = pos;
  let fillers = 0;
  const looseAtStart = st.loose;
  while (p <= end) {
    // A failed try leaves the state as it was: what it set is put back (it only appends to `matched`).
    const { source, target, deedTarget, weight, loose } = st;
    const matched = st.matched.length;
    if (tryElement(syntax, els, ei, p, end, st)) return true;
    st.source = source;
    st.target = target;
    st.deedTarget = deedTarget;
    st.weight = weight;
    st.loose = loose;
    st.matched.length = matched;
    if (el.kind === 'words' && el.optional && matchRight(syntax, els, ei + 1, pos, end, st)) return true;
    if (p >= end) break;
    const t = tokens[p]!;
    // Adjuncts stand anywhere ("agreed on Saturday to", "held talks in Washington with"), and so does
    // the comparative of a quantity ("abducted more than 280 pupils").
    if (
      syntax.isAdjunct(p) ||
      (t.lower === 'than' && /^(more|less|fewer)$/.test(tokens[p - 1]?.lower ?? ''))
    ) {
      p++;
      continue;
    }
    // "conveyed its concerns to": a possessive pronoun before a noun is a determiner.
    const determiner =
      t.pos === 'PRON' &&
      nlpLexicons().pronouns.get(t.lower)?.case === 'possessive' &&
      /^(NOUN|ADJ)$/.test(tokens[p + 1]?.pos ?? '');
    if (
      HARD_STOP.has(t.text) ||
      t.text === ',' ||
      t.pos === 'VERB' ||
      t.pos === 'SCONJ' ||
      (t.pos === 'PRON' && !determiner)
    )
      break;
    if ((FILLER.has(t.pos) || determiner) && fillers < MAX_FILLERS) fillers++;
    else if (
      (t.pos === 'NOUN' || t.pos === 'CCONJ' || t.pos === 'PROPN' || t.pos === 'PUNCT' || t.lower === 'of') &&
      st.loose > 0
    )
      st.loose--;
    else break;
    p++;
  }
  st.loose = looseAtStart;
  return false;
}

function tryElement(syntax: Syntax, els: Element[], ei: number, p: number, end: number, st: State): boolean {
  const el = els[ei]!;
  const { tokens } = syntax;
  if (p >= end) return false;
  switch (el.kind) {
    case 'words': {
      const n = matchWordsAt(tokens, el, p, end);
      if (n === 0) return false;
      st.matched.push(...range(p, n));
      st.weight += 1;
      return matchRight(syntax, els, ei + 1, p + n, end, st);
    }
    case 'poss': {
      if (!isPossessive(tokens[p]!)) return false;
      return matchRight(syntax, els, ei + 1, p + 1, end, st);
    }
    case 'source':
    case 'target': {
      for (const m of slotMentions(syntax, p, el.inside === true)) {
        if (el.kind === 'source') st.source = m;
        else st.target = m;
        st.weight += 1;
        if (matchRight(syntax, els, ei + 1, syntax.lastToken(m) + 1, end, st)) return true;
        st.weight -= 1;
        if (el.kind === 'source') st.source = null;
        else st.target = null;
      }
      return false;
    }
    case 'gap':
      return matchRight(syntax, els, ei, p, end, st);
    case 'phrase': {
      // A noun phrase passed over: a mention, or nouns after determiners and adjectives.
      let q = p;
      while (q < end && /^(DET|ADJ|NUM)$/.test(tokens[q]!.pos)) q++;
      const mention = [...syntax.mentionsStartingAt(q)].sort((a, b) => b.end - a.end)[0];
      if (mention) q = syntax.lastToken(mention) + 1;
      else while (q < end && /^(NOUN|PROPN)$/.test(tokens[q]!.pos)) q++;
      if (q === p || !/^(NOUN|PROPN)$/.test(tokens[q - 1]!.pos)) return false;
      return matchRight(syntax, els, ei + 1, q, end, st);
    }
    case 'deed': {
      // "condemned the attack": skip determiners and adjectives to a deed noun; its doer is the target.
      // "condemned what he called horrific reports of executions": the label is the deed's name.
      let q = p;
      if (tokens[q]?.lower === 'what' && /^(call|describe|term|dub|label)$/.test(tokens[q + 2]?.lemma ?? ''))
        q += 3;
      while (q < end && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ')) q++;
      // "reports of summary executions", "allegations of abuses": the deed is what is reported.
      if (REPORT_NOUNS.has(tokens[q]?.lemma ?? '') && tokens[q + 1]?.lower === 'of') {
        q += 2;
        while (q < end && (tokens[q]!.pos === 'DET' || tokens[q]!.pos === 'ADJ')) q++;
      }
      // "summary executions", "drone attacks": a noun before the deed noun only qualifies it.
      const deedNouns = nlpLexicons().deedNouns;
      if (
        tokens[q]?.pos === 'NOUN' &&
        !deedNouns.has(tokens[q]!.lemma) &&
        deedNouns.has(tokens[q + 1]?.lemma ?? '')
      )
        q++;
      const noun = tokens[q];
      // "the storming of parliament": a gerund after a determiner is a noun, whatever the tagger says.
      const gerund = noun?.lower.endsWith('ing') === true && tokens[q - 1]?.pos === 'DET';
      if (!noun || (noun.pos !== 'NOUN' && !gerund)) return false;
      const lemma = deedNouns.has(noun.lemma) ? noun.lemma : noun.lower;
      if (!deedNouns.has(lemma)) return false;
      // A deed named with "a"/"an" is a new one, not one reported before ("called a general strike").
      let d = q - 1;
      while (d > 0 && /^(ADJ|NUM|ADV)$/.test(tokens[d]!.pos)) d--;
      if (/^(a|an)$/.test(tokens[d]!.lower)) return false;
      const doer = st.doerBefore?.(tokens[p]!.start, lemma) ?? null;
      if (!doer) return false;
      st.target = doer;
      st.deedTarget = true;
      st.matched.push(q);
      st.weight += 1;
      if (matchRight(syntax, els, ei + 1, q + 1, end, st)) return true;
      st.target = null;
      st.deedTarget = false;
      st.weight -= 1;
      return false;
    }
  }
}

/**
 * After a comma, a noun phrase and then a verb start a clause of their own ("burned down its embassy,
 * a senior official said"): a gap does not run into it. A list ("restore complete, full ties") does.
 */
function opensClause(syntax: Syntax, p: number, end: number): boolean {
  let q = p;
  while (q < end && /^(DET|ADJ|ADV|NUM|NOUN|PROPN|PRON)$/.test(syntax.tokens[q]!.pos)) q++;
  return q > p && q < end && /^(VERB|AUX)$/.test(syntax.tokens[q]!.pos);
}

/** Actor mentions that can fill a slot at token `p`, coordinations first. */
function slotMentions(syntax: Syntax, p: number, inside = false): Mention[] {
  const here = syntax.mentionsStartingAt(p);
  // "met his Chinese counterpart": the slot is filled by what the pronoun owns.
  const owner = here.find((m) => isDeterminerPronoun(syntax, m));
  const owned = owner ? syntax.mentionsStartingAt(syntax.lastToken(owner) + 1) : [];
  return [...here, ...owned].filter(
    (m) =>
      (m.use !== 'modifier' || inside) &&
      !isDeterminerPronoun(syntax, m) &&
      !subjectPronoun(syntax, m) &&
      (m.actor !== null || m.members || m.antecedent !== undefined || m.kind === 'pronoun'),
  );
}

/** "said he has", "whether he really has": a pronoun before a verb is its subject, not an object. */
function subjectPronoun(syntax: Syntax, m: Mention): boolean {
  if (m.kind !== 'pronoun') return false;
  let j = syntax.lastToken(m) + 1;
  while (syntax.tokens[j]?.pos === 'ADV') j++;
  const next = syntax.tokens[j];
  return next !== undefined && next.sentence === m.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** "its northern border", "their alliance": a possessive pronoun before a noun is not itself an actor slot. */
function isDeterminerPronoun(syntax: Syntax, m: Mention): boolean {
  if (m.kind !== 'pronoun' || nlpLexicons().pronouns.get(m.text.toLowerCase())?.case !== 'possessive')
    return false;
  const after = syntax.lastToken(m) + 1;
  const next = syntax.tokens[after];
  if (!next) return false;
  // "his Chinese counterpart": the pronoun owns the mention that follows it.
  if (syntax.mentionsStartingAt(after).length > 0) return true;
  if (!(next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM')) return false;
  // "a warrant for his arrest": the owner of an event noun is who undergoes it.
  return !nlpLexicons().eventNouns.has(next.lemma);
}

/** Number of tokens an element's words match at `p` (0 when none). Longest alternative wins. */
function matchWordsAt(
  tokens: Token[],
  el: Extract<Element, { kind: 'words' }>,
  p: number,
  end: number,
): number {
  // The first word matches any of the token's lookup forms (lemma and lower-cased text among them);
  // the alternatives are indexed by their first word, so only those that can match are tried.
  if (p >= end) return 0;
  const byFirst = altsByFirstWord(el);
  let best = 0;
  // "=word": the word as written, no other form of it.
  for (const form of el.exact ? [tokens[p]!.lower] : formsAt(tokens, p)) {
    const alts = byFirst.get(form);
    if (!alts) continue;
    for (const alt of alts) {
      if (alt.length <= best || p + alt.length > end) continue;
      let ok = true;
      for (let k = 1; k < alt.length && ok; k++) {
        const u = tokens[p + k]!;
        ok = (!el.exact && u.lemma === alt[k]) || u.lower === alt[k];
      }
      if (ok) best = alt.length;
    }
  }
  return best;
}

// A token's lookup forms, computed once per token of the article being coded (patterns ask for them
// many times).
let formsOf: readonly Token[] | null = null;
let forms: Array<readonly string[] | undefined> = [];

function formsAt(tokens: readonly Token[], p: number): readonly string[] {
  if (formsOf !== tokens) {
    formsOf = tokens;
    forms = new Array(tokens.length);
  }
  let f = forms[p];
  if (!f) {
    f = lookupForms(tokens[p]!);
    forms[p] = f;
  }
  return f;
}

const firstWords = new WeakMap<Element, Map<string, string[][]>>();

function altsByFirstWord(el: Extract<Element, { kind: 'words' }>): Map<string, string[][]> {
  let index = firstWords.get(el);
  if (!index) {
    index = new Map();
    for (const alt of el.alts) {
      if (alt.length === 0) continue;
      const list = index.get(alt[0]!);
      if (list) list.push(alt);
      else index.set(alt[0]!, [alt]);
    }
    firstWords.set(el, index);
  }
  return index;
}

/** The source of a nominal event: "China's ... exercises", "her visit", "a firm Chinese response". */
function possessorBefore(syntax: Syntax, head: number): Mention | null {
  const { tokens } = syntax;
  const first = syntax.sentenceStart(head);
  for (let j = head - 1, steps = 0; j >= first && steps < 8; j--, steps++) {
    const t = tokens[j]!;
    if (isPossessive(t)) return syntax.actorEndingAt(j - 1);
    const owner = syntax
      .mentionsEndingAt(j)
      .find((m) => (m.kind === 'pronoun' && m.text.toLowerCase() !== 'it') || m.use === 'modifier');
    if (
      owner &&
      (owner.kind === 'pronoun' ||
        owner.kind === 'demonym' ||
        owner.kind === 'name' ||
        owner.kind === 'metonym')
    )
      return owner;
    if (
      !(
        t.pos === 'ADJ' ||
        t.pos === 'NOUN' ||
        t.pos === 'NUM' ||
        t.text === '-' ||
        (t.pos === 'PROPN' && !syntax.mentionsEndingAt(j).length)
      )
    )
      return null;
  }
  return null;
}

/**
 * For `[S+]`: the actor inside a subject noun phrase that is itself no actor — its possessor ("Caras
 * Galadhon's new mayor left") or a name modifying it ("the Ithilen militia vowed").
 */
function actorInSubject(syntax: Syntax, head: number): Mention | null {
  const { tokens } = syntax;
  const first = syntax.sentenceStart(head);
  let j = syntax.verbGroupStart(head) - 1;
  if (j < first || tokens[j]!.pos !== 'NOUN') return null;
  for (let steps = 0; j >= first && steps < 8; j--, steps++) {
    const t = tokens[j]!;
    if (isPossessive(t)) return syntax.actorEndingAt(j - 1);
    const named = syntax.mentionsEndingAt(j).find((m) => m.use === 'modifier' && m.actor !== null);
    if (named) return named;
    if (!/^(NOUN|ADJ|NUM|DET|CCONJ)$/.test(t.pos)) return null;
  }
  return null;
}

/** The doer of the deed noun at `i` ("the move", "the attack"), as the events so far tell. */
function deedDoer(
  syntax: Syntax,
  i: number,
  doerBefore?: (char: number, noun?: string) => Mention | null,
): Mention | null {
  const noun = syntax.tokens[i];
  if (noun?.pos !== 'NOUN' || !nlpLexicons().deedNouns.has(noun.lemma)) return null;
  return doerBefore?.(noun.start, noun.lemma) ?? null;
}

/** The "by" agent after a passive verb: "was hosted by Japan". */
function byAgent(syntax: Syntax, from: number): Mention | null {
  const end = Math.min(syntax.sentenceEnd(from), from + 8);
  for (let j = from; j < end; j++) {
    const t = syntax.tokens[j]!;
    if (t.lower === 'by')
      return (
        slotMentions(syntax, j + 1)[0] ??
        (syntax.tokens[j + 1]?.lower === 'the' ? (slotMentions(syntax, j + 2)[0] ?? null) : null)
      );
    if (t.pos === 'VERB' || HARD_STOP.has(t.text)) return null;
  }
  return null;
}

const isPossessive = (t: Token): boolean => t.text === "'s" || t.text === '’s' || t.text === "'";

/** A pattern whose anchor is a verb: "[S] meet [T]". Nominal patterns carry "'s" or no leading [S]. */
const isVerbPattern = (p: Pattern): boolean => {
  const anchor = p.elements[p.anchor];
  // An anchor written "=word" is that word as written, whatever its part of speech ("=death _=toll").
  if (anchor?.kind === 'words' && anchor.exact) return false;
  return (p.elements[0]?.kind === 'source' || p.elements[0]?.kind === 'target') && p.anchor === 1;
};

function range(from: number, n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(from + k);
  return out;
}

const describe = (els: Element[]): string =>
  els
    .map((e) =>
      e.kind === 'words'
        ? `${e.tight ? '_' : ''}${e.exact ? '=' : ''}${e.optional ? `(${e.label})` : e.label}`
        : e.kind === 'source'
          ? '[S]'
          : e.kind === 'target'
            ? '[T]'
            : e.kind === 'gap'
              ? '*'
              : e.kind === 'deed'
                ? '[E]'
                : e.kind === 'phrase'
                  ? '^'
                  : "'s",
    )
    .join(' ');
