import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
import { lookupForms } from './forms.js';
import { nlpLexicons } from './lexicons.js';
import type { Syntax } from './syntax.js';

const ModalityFile = z.object({
  negators: z.array(z.string()),
  denying_governors: z.array(z.string()),
  planning_governors: z.array(z.string()),
  future_markers: z.array(z.string()),
  hedges: z.array(z.string()),
  intent_codes: z.record(z.string().regex(/^\d{2}$/), z.string().regex(/^\d{3,4}$/)),
  planned_codes: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  stated_codes: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  threatening_governors: z.array(z.string()).default([]),
  appealing_governors: z.array(z.string()).default([]),
  own_followers: z.array(z.string()).default([]),
  alleging_governors: z.array(z.string()).default([]),
  scheduling_markers: z.array(z.string()).default([]),
  continuing_governors: z.array(z.string()).default([]),
  threat_codes: z
    .record(
      z.string().regex(/^(\d{2,4}|default)$/),
      z
        .string()
        .regex(/^\d{3,4}$/)
        .nullable(),
    )
    .default({}),
});

export interface ModalityLexicon {
  negators: Set<string>;
  denying: Set<string>;
  planning: Set<string>;
  future: Set<string>;
  hedges: Set<string>;
  /** Root → the intent code a planned event of that root takes (04 → 036). */
  intentCodes: Map<string, string>;
  /** Codes whose events are about the future by their meaning (036, intent to meet). */
  plannedCodes: Set<string>;
  /** Whether a code's event is the statement itself, though it speaks of the future (13x threats). */
  isStated(code: string): boolean;
  /** Verbs that make what they govern a threat ("threatened to impose sanctions"). */
  threatening: Set<string>;
  /**
   * The 13x code of a threatened event's code (longest prefix, else `default`); `null` where a vow
   * to do it is a promise, not a threat ("vowed to return to the streets").
   */
  threatCode(code: string): string | null;
  /** Verbs whose governed event is what someone is asked to do ("urged X to allow ..."). */
  appealing: Set<string>;
  /** Nouns for an actor's own people: an appeal to them is the actor's plan ("called on supporters to rally"). */
  followers: Set<string>;
  /** Verbs whose governed event is an allegation ("accused X of violating ...", "alleged that ..."). */
  alleging: Set<string>;
  /** Markers and governors that report a schedule, not an intention ("are due to speak", "scheduled"). */
  scheduling: Set<string>;
  /** Verbs that keep a state in place: a nominal event they govern is not new ("kept sanctions in place"). */
  continuing: Set<string>;
  issues: Issue[];
}

let cached: ModalityLexicon | undefined;

export function modalityLexicon(): ModalityLexicon {
  if (cached) return cached;
  const { value, issues } = readYamlObject(dataPath('modality.yaml'), ModalityFile);
  const v = value ?? {
    negators: [],
    denying_governors: [],
    planning_governors: [],
    future_markers: [],
    hedges: [],
    intent_codes: {},
    planned_codes: [],
    stated_codes: [],
    threatening_governors: [],
    threat_codes: {},
    appealing_governors: [],
    own_followers: [],
    alleging_governors: [],
    scheduling_markers: [],
    continuing_governors: [],
  };
  const threats = v.threat_codes;
  cached = {
    negators: new Set(v.negators),
    denying: new Set(v.denying_governors),
    planning: new Set(v.planning_governors),
    future: new Set(v.future_markers),
    hedges: new Set(v.hedges),
    intentCodes: new Map(Object.entries(v.intent_codes)),
    plannedCodes: new Set(v.planned_codes),
    isStated: (code) => v.stated_codes.some((prefix) => code.startsWith(prefix)),
    threatening: new Set(v.threatening_governors),
    threatCode: (code) => {
      for (let n = code.length; n >= 2; n--) {
        const hit = threats[code.slice(0, n)];
        if (hit !== undefined) return hit;
      }
      return threats.default ?? '130';
    },
    appealing: new Set(v.appealing_governors),
    followers: new Set(v.own_followers),
    alleging: new Set(v.alleging_governors),
    scheduling: new Set(v.scheduling_markers),
    continuing: new Set(v.continuing_governors),
    issues,
  };
  return cached;
}

export interface Modality {
  status: 'occurred' | 'planned' | 'denied';
  hedged: boolean;
  /** The event is what someone threatened to do ("threatened to impose tariffs"). */
  threat?: boolean;
  /**
   * The text does not assert the event: it is what an appeal asks for ("urged both parties to let aid
   * convoys reach Darfur") or what an accusation alleges ("accused Indian troops of violating the
   * ceasefire"). The appeal or accusation is the event; what it asks for or alleges is not coded.
   */
  unasserted?: 'appeal' | 'alleged' | 'ongoing' | 'condition';
  /**
   * The plan is a schedule ("the two officers are due to speak on Monday", "talks scheduled for
   * Sunday"): the event keeps its own code, planned, instead of an intent code (036).
   */
  scheduled?: boolean;
  /** The words that decided it, for `dyad explain`. */
  cues: string[];
}

/**
 * The modality of the predicate at token `head`: negation and futurity in its verb group, hedges in
 * its clause, and the verbs that govern it ("agreed to coordinate", "declined to meet", "expressed hope
 * for a visit"), followed up to three levels.
 */
export function modalityOf(syntax: Syntax, head: number, lex: ModalityLexicon = modalityLexicon()): Modality {
  const cues: string[] = [];
  let status: Modality['status'] = 'occurred';
  let hedged = false;
  let scheduled = false;
  // "cancelled a PLANNED trip": a word before an event noun takes the noun's modality.
  const noun = syntax.tokens[head + 1];
  const prenominal =
    noun !== undefined &&
    noun.sentence === syntax.tokens[head]!.sentence &&
    noun.pos === 'NOUN' &&
    syntax.tokens[head]!.pos !== 'NOUN' &&
    nlpLexicons().eventNouns.has(noun.lemma);
  let at: number | null = prenominal ? head + 1 : head;
  // "... unless Mexico SENDS more troops", "if the unrest CONTINUED": a condition is not reported.
  if (inCondition(syntax, head, lex)) return { status, hedged: true, unasserted: 'condition', cues: ['if'] };
  for (let level = 0; at !== null && level < 4; level++) {
    const { tokens } = syntax;
    const from = syntax.verbGroupStart(at);
    const group = tokens.slice(from, at).map((t) => t.lower);
    const phrase = group.join(' ');
    const negated = group.some((w) => lex.negators.has(w));
    if (level > 0) {
      // "offering to hold talks" with "offering" tagged as a noun: the verb's lemma, where it is a cue
      const raw = tokens[at]!.lemma;
      const cue = (w: string) =>
        lex.appealing.has(w) ||
        lex.continuing.has(w) ||
        lex.alleging.has(w) ||
        lex.denying.has(w) ||
        lex.threatening.has(w) ||
        lex.planning.has(w);
      const lemma = cue(raw) ? raw : (lookupForms(tokens[at]!).find(cue) ?? raw);
      // "urged both parties to let ...", "rejected calls to reverse ..." (not "a phone call to discuss")
      if (lex.appealing.has(lemma) && !negated && tokens[at]!.lower !== 'call') {
        // "called on supporters to rally": the caller plans what its own people are to do.
        const own = tokens.slice(at + 1, head).some((w) => w.pos === 'NOUN' && lex.followers.has(w.lemma));
        if (!own) return { status: 'planned', hedged, unasserted: 'appeal', cues: [...cues, lemma] };
      }
      // "has kept some financial measures against Kosovo in place": the measures are not imposed now
      if (
        lex.continuing.has(lemma) &&
        tokens[head]!.pos === 'NOUN' &&
        tokens[at + 1]?.lower !== 'up' &&
        tokens[at + 1]?.lower !== 'on'
      )
        return { status, hedged, unasserted: 'ongoing', cues: [...cues, lemma] };
      if (lex.alleging.has(lemma) && !negated)
        return { status, hedged, unasserted: 'alleged', cues: [...cues, lemma] };
      if (lex.denying.has(lemma))
        return { status: negated ? 'occurred' : 'denied', hedged, cues: [...cues, lemma] };
      if (lex.threatening.has(lemma) && status === 'occurred') {
        if (negated) return { status: 'occurred', hedged, cues: [...cues, 'not', lemma] };
        return { status: 'planned', hedged, threat: true, cues: [...cues, lemma] };
      }
      if (lex.planning.has(lemma) && status === 'occurred') {
        status = 'planned';
        scheduled = lex.scheduling.has(lemma);
        cues.push(lemma);
      }
      // "are due to speak", "is set to visit": the governor and its "to" make a future marker.
      const marker = `${tokens[at]!.lower} ${tokens[at + 1]?.lower ?? ''}`;
      if (status === 'occurred' && lex.future.has(marker)) {
        status = 'planned';
        scheduled = lex.scheduling.has(marker);
        cues.push(marker);
      }
    }
    if (negated) return { status: 'denied', hedged, cues: [...cues, 'not'] };
    if (
      status === 'occurred' &&
      (group.some((w) => lex.future.has(w)) ||
        [...lex.future].some((f) => f.includes(' ') && phrase.includes(f)))
    ) {
      status = 'planned';
      scheduled = [...lex.scheduling].some((f) => f.includes(' ') && phrase.includes(f));
      cues.push('future');
    }
    if (group.some((w) => lex.hedges.has(w))) {
      hedged = true;
      cues.push('hedge');
    }
    at = governorOf(syntax, at);
  }
  if (!hedged && clauseHasHedge(syntax, head, lex)) {
    hedged = true;
    cues.push('if');
  }
  return { status, hedged, ...(scheduled && status === 'planned' && { scheduled: true }), cues };
}

/**
 * The verb (or noun) that governs `i`: the verb before "to", before a gerund, or before a nominal
 * event; the verb whose "that" clause holds `i` ("denied that its forces had TARGETED civilians"); the
 * verb of "accused X of V-ing".
 */
function governorOf(syntax: Syntax, i: number): number | null {
  const { tokens } = syntax;
  const t = tokens[i]!;
  const k = syntax.verbGroupStart(i) - 1;
  const before = tokens[k];
  if (!before || before.sentence !== t.sentence) return null;
  const complement = thatClauseVerb(syntax, k) ?? ofGerundVerb(syntax, i, k);
  if (complement !== null) return complement;
  if (
    before.lower === 'to' ||
    before.lower === 'toward' ||
    before.lower === 'towards' ||
    before.lower === 'for'
  ) {
    for (let j = k - 1; j >= syntax.sentenceStart(i) && j >= k - 8; j--) {
      const w = tokens[j]!;
      if (w.pos === 'VERB' || w.pos === 'NOUN' || w.pos === 'ADJ') return j;
      if (w.pos === 'PUNCT' && w.text !== ',') return null;
    }
    return null;
  }
  if (t.lower.endsWith('ing') && before.pos === 'VERB') return k;
  if (t.pos === 'NOUN') return syntax.governorOf(i);
  return null;
}

/**
 * "denied that it was planning ...": walking back from `k` (the token before a verb group) over its
 * subject to "that", the verb before it. Nothing when a verb, a clause boundary or no "that" comes first.
 */
function thatClauseVerb(syntax: Syntax, k: number): number | null {
  const { tokens } = syntax;
  const first = syntax.sentenceStart(k);
  for (let j = k; j >= first && j > k - 8; j--) {
    const w = tokens[j]!;
    if (w.lower === 'that') {
      let v = j - 1;
      while (v >= first && tokens[v]!.pos === 'ADV') v--;
      return v >= first && tokens[v]!.pos === 'VERB' ? v : null;
    }
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'PUNCT' && w.text !== ','))
      return null;
  }
  return null;
}

/** "accused Indian troops of VIOLATING": a gerund after "of" and an object, the verb before them. */
function ofGerundVerb(syntax: Syntax, i: number, k: number): number | null {
  const { tokens } = syntax;
  if (!tokens[i]!.lower.endsWith('ing') || tokens[k]!.lower !== 'of') return null;
  const first = syntax.sentenceStart(i);
  for (let j = k - 1; j >= first && j > k - 8; j--) {
    const w = tokens[j]!;
    if (w.pos === 'VERB') return j;
    if (w.pos === 'PUNCT' || w.pos === 'AUX' || w.pos === 'SCONJ') return null;
  }
  return null;
}

/** The predicate stands in an "if"/"unless" clause: one of them before it, with no comma between. */
function inCondition(syntax: Syntax, head: number, lex: ModalityLexicon): boolean {
  for (let j = head - 1; j >= syntax.sentenceStart(head); j--) {
    const w = syntax.tokens[j]!;
    if (w.pos === 'PUNCT' && w.text !== '-' && w.text !== '"') return false;
    if ((w.lower === 'if' || w.lower === 'unless') && lex.hedges.has(w.lower)) return true;
  }
  return false;
}

/** "If scheduled smoothly, the visit could ...": a condition anywhere before the predicate in its sentence. */
function clauseHasHedge(syntax: Syntax, head: number, lex: ModalityLexicon): boolean {
  for (let j = head - 1; j >= syntax.sentenceStart(head); j--) {
    const w = syntax.tokens[j]!.lower;
    if ((w === 'if' || w === 'unless') && lex.hedges.has(w)) return true;
  }
  return false;
}
