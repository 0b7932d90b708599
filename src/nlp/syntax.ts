import type { Doc, Mention, Token } from '../core/doc.js';
import { nlpLexicons } from './lexicons.js';

/**
 * Shallow syntax over tokens and mentions, enough for event coding without a parser: which mention
 * starts or ends at a token, verb groups, passives, and the subject of a predicate.
 */
export class Syntax {
  readonly tokens: Token[];
  /** Mentions starting at a token, longest first (coordinations before their first member). */
  private readonly starting = new Map<number, Mention[]>();
  /** Mentions ending at a token, longest first. */
  private readonly ending = new Map<number, Mention[]>();
  private readonly tokenAt: ReadonlyMap<number, number>;
  private readonly endTokenAt: ReadonlyMap<number, number>;
  /** Tokens of time and place adjuncts ("on Saturday", "in Washington"): a pattern steps over them. */
  private readonly adjuncts = new Set<number>();

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens;
    ({ tokenAt: this.tokenAt, endTokenAt: this.endTokenAt } = offsetsOf(doc.tokens));
    for (const t of doc.times) {
      let first = -1;
      for (const tok of doc.tokens) {
        if (tok.start >= t.start && tok.end <= t.end) {
          this.adjuncts.add(tok.i);
          if (first < 0) first = tok.i;
        }
      }
      const before = doc.tokens[first - 1];
      if (first > 0 && before && before.pos === 'ADP') this.adjuncts.add(first - 1);
    }
    for (const m of doc.mentions) {
      if (m.use !== 'location') continue;
      const a = this.tokenAt.get(m.start);
      const b = this.endTokenAt.get(m.end);
      if (a === undefined || b === undefined || doc.tokens[a - 1]?.pos !== 'ADP') continue;
      for (let k = a - 1; k <= b; k++) this.adjuncts.add(k);
    }
    for (const m of doc.mentions) {
      const a = this.tokenAt.get(m.start);
      const b = this.endTokenAt.get(m.end);
      if (a !== undefined) push(this.starting, a, m);
      if (b !== undefined) push(this.ending, b, m);
    }
    for (const list of [...this.starting.values(), ...this.ending.values()])
      list.sort((x, y) => y.end - y.start - (x.end - x.start));
  }

  /** True for a token of a time or place adjunct, preposition included. */
  isAdjunct(i: number): boolean {
    return this.adjuncts.has(i);
  }

  mentionsStartingAt(i: number): readonly Mention[] {
    return this.starting.get(i) ?? [];
  }

  mentionsEndingAt(i: number): readonly Mention[] {
    return this.ending.get(i) ?? [];
  }

  /** First token index of a mention. */
  firstToken(m: Mention): number {
    return this.tokenAt.get(m.start) ?? m.head;
  }

  /** Last token index of a mention. */
  lastToken(m: Mention): number {
    return this.endTokenAt.get(m.end) ?? m.head;
  }

  sentenceStart(i: number): number {
    return this.doc.sentences[this.tokens[i]!.sentence]!.firstToken;
  }

  sentenceEnd(i: number): number {
    return this.doc.sentences[this.tokens[i]!.sentence]!.endToken;
  }

  /** The start of the verb group ending at `v` (auxiliaries, negation, adverbs before it). */
  verbGroupStart(v: number): number {
    let k = v - 1;
    const first = this.sentenceStart(v);
    // 'would "respond accordingly"': a quotation opening inside the verb group does not end it.
    const opensQuote = (j: number) => {
      const t = this.tokens[j]!;
      return (t.text === '"' || t.text === '“') && t.end === this.tokens[j + 1]?.start;
    };
    while (k >= first && (isVerbGroupWord(this.tokens[k]!) || opensQuote(k))) k--;
    return k + 1;
  }

  /** "was hosted by", "were killed": a form of be (or get) in the verb group and an inflected verb. */
  isPassive(v: number): boolean {
    const t = this.tokens[v]!;
    if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing')) return false;
    for (let k = v - 1, start = this.verbGroupStart(v); k >= start; k--) {
      if (BE.has(this.tokens[k]!.lower)) return true;
    }
    return this.isReducedPassive(v);
  }

  /**
   * A participle right after a noun and right before "by": "a move condemned by Egypt", "rebels backed
   * by Rwanda" — a passive relative clause without its "which was".
   */
  isReducedPassive(v: number): boolean {
    const t = this.tokens[v]!;
    const prev = this.tokens[v - 1];
    if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || this.verbGroupStart(v) !== v)
      return false;
    if (this.tokens[v + 1]?.lower !== 'by' || !prev || prev.sentence !== t.sentence) return false;
    // "Biden spoke by phone": "by" names a means, not an agent.
    if (nlpLexicons().byMeans.has(this.tokens[v + 2]?.lower ?? '')) return false;
    return prev.pos === 'NOUN' || prev.pos === 'PROPN' || this.mentionsEndingAt(v - 1).length > 0;
  }

  /**
   * The subject of the predicate at token `v`: the antecedent of a relative pronoun, the controller of
   * an infinitive or participle, the subject shared by coordinated verbs, or else the nearest actor
   * mention to the left that is not the object of a preposition, skipping relative clauses.
   */
  subjectOf(v: number, depth = 0): Mention | null {
    if (depth > 4) return null;
    const first = this.sentenceStart(v);
    const k = this.verbGroupStart(v) - 1;
    const before = this.tokens[k];
    if (before && k >= first) {
      // A place named as a location is no relative pronoun's antecedent: in "an attack on tourists in
      // Pahalgam that killed 26 people" the attack killed, not the town.
      const antecedent = (m: Mention | null): Mention | null => (m?.use === 'location' ? null : m);
      if (RELATIVE.has(before.lower)) return antecedent(this.mentionBefore(k));
      // "a raid that killed nine activists": "that" right before the verb stands for the noun before it
      // ("a border war from 1998 to 2000 that killed ...": the war, no actor).
      if (before.lower === 'that' && /^(NOUN|PROPN|NUM)$/.test(this.tokens[k - 1]?.pos ?? ''))
        return antecedent(this.mentionBefore(k));
      if (before.lower === 'to') return this.controllerOf(k, depth);
      // "addressed parliament before flying to Egypt": a participle after a preposition or conjunction
      // of time shares the subject of the verb it hangs on.
      if (this.tokens[v]!.lower.endsWith('ing') && nlpLexicons().participleLinks.has(before.lower)) {
        const verb = this.previousVerb(k);
        if (verb !== null) return this.subjectOf(verb, depth + 1);
      }
      // "issued warrants for X and Y, accusing them of ...": a participle after a comma shares the
      // subject of the verb before, even when that verb's object ends right before the comma.
      const participle = before.text === ',' && this.tokens[v]!.lower.endsWith('ing');
      if (
        (before.text === ',' || before.lower === 'and' || before.lower === 'but' || before.lower === 'or') &&
        (participle || !this.mentionEndingNear(k) || this.objectEndingAt(k - 1))
      ) {
        // The nearest verb with a subject: "said the drills were conducted ... and accused Australia"
        // skips the subjectless passive back to "said".
        if (this.tokens[v]!.lower.endsWith('ing') || before.text !== ',') {
          for (
            let prev = this.coordinateVerb(k), n = 0;
            prev !== null && n < 3;
            prev = this.previousVerb(prev), n++
          ) {
            const subject = this.subjectOf(prev, depth + 1);
            if (subject) return subject;
          }
        }
      }
    }
    return this.scanLeftForSubject(k, first);
  }

  /**
   * The verb a coordinated verb shares its subject with: the nearest verb to the left, but not one inside
   * a complement clause ("told the council that the plant had been destroyed, and urged ...": told).
   */
  coordinateVerb(k: number): number | null {
    let prev = this.previousVerb(k);
    for (let guard = 0; prev !== null && guard < 4; guard++) {
      let opener: number | null = null;
      for (let j = prev - 1; j >= this.sentenceStart(prev); j--) {
        const t = this.tokens[j]!;
        if (t.pos === 'VERB') break;
        // ... or a free relative ("condemned what he called X and demanded ...": condemned)
        if ((t.lower === 'that' && t.pos === 'SCONJ') || t.lower === 'whether' || t.lower === 'what') {
          opener = j;
          break;
        }
      }
      if (opener === null) return prev;
      const outer = this.previousVerb(opener);
      if (outer === null) return prev;
      prev = outer;
    }
    return prev;
  }

  /** Nearest verb (not auxiliary) to the left of `k` in the sentence. */
  previousVerb(k: number): number | null {
    for (let j = k - 1; j >= this.sentenceStart(k); j--) if (this.tokens[j]!.pos === 'VERB') return j;
    return null;
  }

  /** Nearest noun or verb that governs the word at `i` (for "hope for a visit", "agreed to meet"). */
  governorOf(i: number): number | null {
    const first = this.sentenceStart(i);
    let steps = 0;
    for (let j = i - 1; j >= first && steps < 8; j--, steps++) {
      const t = this.tokens[j]!;
      if (t.pos === 'VERB' || (t.pos === 'NOUN' && steps > 0 && this.tokens[j + 1]?.pos === 'ADP')) return j;
      // A complementizer opens a clause of its own: "avoided confirming whether China's exercises ...".
      if (t.pos === 'SCONJ' || t.lower === 'whether' || t.lower === 'that') return null;
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'") return null;
    }
    return null;
  }

  /**
   * "stormed parliament and set it on fire": the actor ending at `k` is the object of a verb right
   * before it, so a verb after the "and" that follows is coordinated with that verb, not with the actor.
   */
  private objectEndingAt(k: number): boolean {
    const m = this.actorEndingAt(k);
    if (!m) return false;
    let j = this.firstToken(m) - 1;
    // "killed about 1,200 people and took ...": determiners, numbers and their qualifiers.
    while (j >= 0 && /^(DET|NUM|ADV|ADJ)$/.test(this.tokens[j]!.pos)) j--;
    return this.tokens[j]?.pos === 'VERB' && this.tokens[j]!.sentence === this.tokens[k]!.sentence;
  }

  private mentionEndingNear(k: number): boolean {
    return this.mentionsEndingAt(k - 1).length > 0;
  }

  /** The mention right before the token at `k`, ignoring a comma ("Trump, who met ..."). */
  private mentionBefore(k: number): Mention | null {
    let j = k - 1;
    if (this.tokens[j]?.text === ',') j--;
    return this.actorEndingAt(j);
  }

  /** "agreed to meet" → the subject of agreed; "urged X to meet" / "invited her to visit" → X. */
  private controllerOf(to: number, depth: number): Mention | null {
    const first = this.sentenceStart(to);
    for (let j = to - 1; j >= first && j >= to - 8; j--) {
      const object = this.actorEndingAt(j);
      if (object) {
        const g = this.verbGroupStart(this.firstTokenOf(object)) - 1;
        const verb = this.tokens[g]?.pos === 'VERB' ? g : this.firstTokenOf(object) - 1;
        if (this.tokens[verb]?.pos === 'VERB')
          // "summoned Russia's ambassador to protest": a purpose, which the subject pursues.
          return nlpLexicons().purposeVerbs.has(this.tokens[verb]!.lemma)
            ? this.subjectOf(verb, depth + 1)
            : object;
      }
      const t = this.tokens[j]!;
      // "would allow displaced families to return": the object that is to act is no actor.
      if (t.pos === 'NOUN' && j === to - 1) {
        let n = j;
        while (n > first && /^(NOUN|ADJ|DET|NUM)$/.test(this.tokens[n - 1]!.pos)) n--;
        const verb = this.tokens[n - 1];
        const participle = verb?.pos === 'VERB' && verb.lower.endsWith('ed') && n - 1 > first;
        const governor = participle ? this.tokens[n - 2] : verb;
        if (governor?.pos === 'VERB' && nlpLexicons().objectControlVerbs.has(governor.lemma)) return null;
      }
      if (t.pos === 'VERB' || (t.pos === 'NOUN' && j === to - 1))
        return t.pos === 'VERB' ? this.subjectOf(j, depth + 1) : this.scanLeftForSubject(j - 1, first);
      // "Gondor is about to attack", "Japan is set to visit": the subject of the copula.
      if (t.pos === 'AUX') return this.scanLeftForSubject(j - 1, first);
    }
    return null;
  }

  private firstTokenOf(m: Mention): number {
    return this.firstToken(m);
  }

  private scanLeftForSubject(k: number, first: number): Mention | null {
    let j = k;
    // "China's exercises were raised", "The discussion centered": a plain noun right before the verb
    // group is the subject, and it is not an actor.
    // A noun phrase after a preposition ("Gunmen on motorcycles abducted") is not the subject.
    const before = this.tokens[k];
    if (before && k >= first && before.pos === 'NOUN' && !this.actorEndingAt(k)) {
      let n = k;
      while (n > first && /^(NOUN|ADJ|DET|NUM)$/.test(this.tokens[n - 1]!.pos)) n--;
      const opener = this.tokens[n - 1];
      // "years after crowds burned down its embassy": the noun opens a clause of time; it is the subject.
      if (opener?.pos !== 'ADP' || n - 1 < first || nlpLexicons().clauseOpeners.has(opener.lower))
        return null;
    }
    while (j >= first) {
      const t = this.tokens[j]!;
      if (
        t.text === ';' ||
        t.text === ':' ||
        (t.lower === 'that' && t.pos === 'SCONJ') ||
        t.lower === 'whether'
      )
        return null;
      if (t.text === ',' || t.text === ')') {
        const skipTo = this.skipInterruption(j, first);
        if (skipTo !== j) {
          j = skipTo;
          continue;
        }
      }
      const m = this.actorEndingAt(j);
      if (m) {
        const start = this.firstToken(m);
        const prev = this.tokens[start - 1];
        const governed =
          prev && start - 1 >= first && (prev.pos === 'ADP' || prev.lower === 'to') && prev.lower !== 'of';
        // "with Japanese officials proposing ...": a mention right before a participle is its subject;
        // so is one right before a finite verb after "after"/"before" ("after Israeli jets struck").
        const adjacent =
          j === k &&
          (this.tokens[k + 1]?.lower.endsWith('ing') ||
            (prev !== undefined && nlpLexicons().clauseOpeners.has(prev.lower)));
        if ((!governed || adjacent) && m.use !== 'location') return m;
        j = start - 1;
        continue;
      }
      j--;
    }
    return null;
  }

  /**
   * Scanning leftwards from a comma or closing parenthesis: if what lies between it and an earlier
   * comma is a relative clause (", who met Xi in October,") or a parenthesis, jump over it.
   */
  private skipInterruption(j: number, first: number): number {
    const closing = this.tokens[j]!.text;
    for (let k = j - 1; k >= first; k--) {
      const t = this.tokens[k]!;
      if (closing === ')' && t.text === '(') return k - 1;
      if (closing === ',' && t.text === ',') {
        const opener = this.tokens[k + 1]!;
        return RELATIVE.has(opener.lower) || opener.lower.endsWith('ing') ? k - 1 : j;
      }
    }
    return j;
  }

  /** The actor mention (coordination first) whose last token is `j`. */
  actorEndingAt(j: number): Mention | null {
    for (const m of this.mentionsEndingAt(j)) {
      if (m.use === 'modifier') continue;
      return this.coordinationOf(m) ?? m;
    }
    return null;
  }

  /** The coordination a mention closes, when it is its last member. */
  coordinationOf(m: Mention): Mention | null {
    for (const c of this.mentionsEndingAt(this.lastToken(m)))
      if (c.members && c.members.length > 1 && c !== m && c.use !== 'modifier') return c;
    return null;
  }
}

const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'get',
  'got',
  'gets',
  'getting',
]);
const RELATIVE = new Set(['who', 'which', 'whom']);

const isVerbGroupWord = (t: Token): boolean =>
  t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && t.lower !== 'to' && t.lower !== "'s");

// The pipeline builds a Syntax over the same tokens three times (times, quotes, coding): the token at
// each character offset is worked out once per token array.
const offsets = new WeakMap<
  readonly Token[],
  { tokenAt: ReadonlyMap<number, number>; endTokenAt: ReadonlyMap<number, number> }
>();

function offsetsOf(tokens: readonly Token[]) {
  let o = offsets.get(tokens);
  if (!o) {
    const tokenAt = new Map<number, number>();
    const endTokenAt = new Map<number, number>();
    for (const t of tokens) {
      tokenAt.set(t.start, t.i);
      endTokenAt.set(t.end, t.i);
    }
    o = { tokenAt, endTokenAt };
    offsets.set(tokens, o);
  }
  return o;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
