import type { Doc, TimeExpr } from '../core/doc.js';
import type { DatePrecision, EventRecord } from '../core/event.js';
import { timexPrecision, timexRange } from '../core/timex.js';
import { nlpLexicons } from '../nlp/lexicons.js';
import type { Syntax } from '../nlp/syntax.js';

export interface EventDate {
  value: string | null;
  precision: DatePrecision | null;
  source: EventRecord['date_source'];
  /** The expression it came from. */
  expr?: TimeExpr;
}

/** Tokens that end the reach of a time expression across a clause ("..., with officials proposing late March"). */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The calendar value of a date or time expression: a TIME's day ("2026-01-02TNI" → 2026-01-02). */
const dayOf = (t: TimeExpr): string => (t.type === 'TIME' ? t.value.split('T')[0]! : t.value);
const isCalendarDate = (t: TimeExpr): boolean =>
  (t.type === 'DATE' || t.type === 'TIME') && timexRange(dayOf(t)) !== null;

/**
 * The date of an event: the time expression that governs its clause (right after the predicate's
 * phrase, or before it in the same clause), else the narrative time of the article for events that
 * happened; a plan with no expression has no date.
 */
export function eventDate(
  doc: Doc,
  syntax: Syntax,
  span: { head: number; from: number; to: number; phraseFrom?: number },
  status: EventRecord['status'],
  narrative: string,
): EventDate {
  const expr = governingTime(doc, syntax, span, status) ?? participleTime(doc, syntax, span.head, status);
  if (expr) return { value: dayOf(expr), precision: timexPrecision(dayOf(expr)), source: 'expression', expr };
  // "China's recent exercises": the text says only that it was recent, which fixes no date.
  const vague = vagueTimeInside(doc, syntax, { from: span.phraseFrom ?? span.from, to: span.to });
  if (vague) return { value: null, precision: null, source: 'expression', expr: vague };
  // The one date of the sentence governs its other clauses too ("In a speech on Tuesday, X
  // acknowledged ..."; "On Friday, Z criticised Y for holding a call").
  const only = soleSentenceDate(doc, syntax, span.head);
  if (only && status !== 'planned' && (timexRange(dayOf(only))?.start ?? '') <= doc.article.published) {
    return { value: dayOf(only), precision: timexPrecision(dayOf(only)), source: 'expression', expr: only };
  }
  // A plan with no date of its own has none we can know ("said it would appeal").
  if (status === 'planned') return { value: null, precision: null, source: 'none' };
  return {
    value: narrative,
    precision: timexPrecision(narrative),
    source: narrative === doc.article.published ? 'published' : 'narrative',
  };
}

function vagueTimeInside(doc: Doc, syntax: Syntax, span: { from: number; to: number }): TimeExpr | null {
  const startChar = syntax.tokens[span.from]!.start;
  const endChar = syntax.tokens[span.to - 1]!.end;
  return doc.times.find((t) => t.value === 'PAST_REF' && t.start >= startChar && t.end <= endChar) ?? null;
}

function soleSentenceDate(doc: Doc, syntax: Syntax, head: number): TimeExpr | null {
  const sentence = doc.sentences[syntax.tokens[head]!.sentence]!;
  const dates = doc.times.filter(
    (t) => isCalendarDate(t) && t.start >= sentence.start && t.end <= sentence.end,
  );
  return dates.length === 1 && dates[0]!.rule !== 'year' ? dates[0]! : null;
}

/** "severed relations with Rwanda on Sunday, accusing Kigali of ...": a participle shares its verb's time. */
function participleTime(
  doc: Doc,
  syntax: Syntax,
  head: number,
  status: EventRecord['status'],
): TimeExpr | null {
  const k = syntax.verbGroupStart(head) - 1;
  if (!syntax.tokens[head]!.lower.endsWith('ing') || syntax.tokens[k]?.text !== ',') return null;
  const verb = syntax.coordinateVerb(k);
  return verb === null ? null : governingTime(doc, syntax, { head: verb, from: verb, to: verb + 1 }, status);
}

function governingTime(
  doc: Doc,
  syntax: Syntax,
  span: { head: number; from: number; to: number },
  status: EventRecord['status'],
): TimeExpr | null {
  const { tokens } = syntax;
  const sentence = doc.sentences[tokens[span.head]!.sentence]!;
  const inSentence = doc.times.filter(
    (t) => isCalendarDate(t) && t.start >= sentence.start && t.end <= sentence.end,
  );
  if (inSentence.length === 0) return null;
  const endChar = tokens[span.to - 1]!.end;
  const startChar = tokens[span.from]!.start;
  // After the phrase: the nearest expression with no clause break or other verb before it.
  const after = inSentence.filter((t) => t.start >= endChar).sort((a, b) => a.start - b.start);
  for (const t of after) {
    if (reachable(syntax, span.to, t.start, 'forward')) return t;
    break;
  }
  // Inside the phrase ("met Takaichi in Tokyo in October" when the target follows the time).
  const inside = inSentence.find((t) => t.start >= startChar && t.end <= endChar);
  if (inside) return inside;
  // Before it in the same clause: "On Friday, Zelenskiy had criticised ...".
  const before = inSentence.filter((t) => t.end <= startChar).sort((a, b) => b.start - a.start);
  for (const t of before) {
    const reach = reachable(syntax, span.from, t.end, 'backward', t.start);
    // "Tehran said on Saturday it would not attend": what was said then is dated then; a plan announced
    // then is not (its own date is unknown).
    if (reach === true || (reach === 'said' && status !== 'planned')) return t;
    break;
  }
  return null;
}

/** No verb of another clause and no clause break (except right after a fronted time) between the two. */
function reachable(
  syntax: Syntax,
  tokenIndex: number,
  char: number,
  dir: 'forward' | 'backward',
  timeStart = char,
): boolean | 'said' {
  const { tokens } = syntax;
  if (dir === 'forward') {
    let frame = false;
    for (let j = tokenIndex; j < tokens.length && tokens[j]!.start < char; j++) {
      const t = tokens[j]!;
      if (CLAUSE_BREAK.has(t.text) || t.pos === 'VERB' || t.pos === 'SCONJ') return false;
      // "met Xi during his Asia trip in October": an event named as the frame shares its time.
      if (nlpLexicons().framePrepositions.has(t.lower)) frame = true;
      // "congratulations on the 250th anniversary in 2026": the time dates the anniversary.
      if (j > tokenIndex && !frame && t.pos === 'NOUN' && nlpLexicons().eventNouns.has(t.lemma)) return false;
    }
    return true;
  }
  // Backwards, a clause break may be crossed only by a time fronted at the start of the sentence
  // ("On Friday, Zelenskiy had criticised ..."), not one inside a relative clause ("Trump, who met
  // Takaichi in October, invited her").
  // "Orban said on Friday he would invite ...": a time right after a verb of saying dates the saying.
  let k = tokens.findIndex((t) => t.start >= timeStart) - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADP') k--;
  const verb = tokens[k];
  if (verb?.pos === 'VERB' && k < tokenIndex && nlpLexicons().speechVerbs.has(verb.lemma)) return 'said';
  const sentence = syntax.doc.sentences[tokens[tokenIndex]!.sentence]!;
  const fronted = /^\s*(?:[A-Za-z]+\s+)?$/.test(syntax.doc.article.text.slice(sentence.start, timeStart));
  for (let j = tokenIndex - 1; j >= 0 && tokens[j]!.end > char; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'SCONJ') return false;
    if (CLAUSE_BREAK.has(t.text) && !fronted) return false;
  }
  return true;
}

/**
 * The article's narrative time: the day its lead reports (the first past day-precise expression of the
 * opening paragraph, not after publication), else the publication date.
 */
export function narrativeTime(doc: Doc): string {
  const published = doc.article.published;
  const firstBreak = doc.article.text.indexOf('\n');
  const leadEnd = firstBreak < 0 ? doc.article.text.length : firstBreak;
  for (const t of doc.times) {
    if (t.start > leadEnd) break;
    const r = isCalendarDate(t) ? timexRange(dayOf(t)) : null;
    if (r && r.precision === 'day' && r.start <= published && r.start >= shiftDays(published, -7))
      return r.start;
  }
  return published;
}

function shiftDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
