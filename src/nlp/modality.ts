import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
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
    issues,
  };
  return cached;
}

export interface Modality {
  status: 'occurred' | 'planned' | 'denied';
  hedged: boolean;
  /** The event is what someone threatened to do ("threatened to impose tariffs"). */
  threat?: boolean;
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
  let at: number | null = head;
  for (let level = 0; at !== null && level < 4; level++) {
    const { tokens } = syntax;
    const from = syntax.verbGroupStart(at);
    const group = tokens.slice(from, at).map((t) => t.lower);
    const phrase = group.join(' ');
    const negated = group.some((w) => lex.negators.has(w));
    if (level > 0) {
      const lemma = tokens[at]!.lemma;
      if (lex.denying.has(lemma))
        return { status: negated ? 'occurred' : 'denied', hedged, cues: [...cues, lemma] };
      if (lex.threatening.has(lemma) && status === 'occurred') {
        if (negated) return { status: 'occurred', hedged, cues: [...cues, 'not', lemma] };
        return { status: 'planned', hedged, threat: true, cues: [...cues, lemma] };
      }
      if (lex.planning.has(lemma) && status === 'occurred') {
        status = 'planned';
        cues.push(lemma);
      }
      // "are due to speak", "is set to visit": the governor and its "to" make a future marker.
      const marker = `${tokens[at]!.lower} ${tokens[at + 1]?.lower ?? ''}`;
      if (status === 'occurred' && lex.future.has(marker)) {
        status = 'planned';
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
  return { status, hedged, cues };
}

/** The verb (or noun) that governs `i`: the verb before "to", before a gerund, or before a nominal event. */
function governorOf(syntax: Syntax, i: number): number | null {
  const { tokens } = syntax;
  const t = tokens[i]!;
  const k = syntax.verbGroupStart(i) - 1;
  const before = tokens[k];
  if (!before || before.sentence !== t.sentence) return null;
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

/** "If scheduled smoothly, the visit could ...": a condition anywhere before the predicate in its sentence. */
function clauseHasHedge(syntax: Syntax, head: number, lex: ModalityLexicon): boolean {
  for (let j = head - 1; j >= syntax.sentenceStart(head); j--) {
    const w = syntax.tokens[j]!.lower;
    if ((w === 'if' || w === 'unless') && lex.hedges.has(w)) return true;
  }
  return false;
}
