import type { Quote } from '../core/doc.js';
import type { Syntax } from './syntax.js';

/** Verbs of saying (lemmas) that attribute a quotation or reported speech to a speaker. */
export interface QuoteLexicon {
  speechVerbs: ReadonlySet<string>;
  /** Verbs that attribute direct quotations only ("described the talk as ..." reports no clause). */
  quoteOnlyVerbs: ReadonlySet<string>;
  /** Phrases that attribute their clause to a source ("according to"). */
  attributionPhrases: readonly string[];
}

const OPEN = new Set(['"', '“', '«']);
const CLOSE = new Set(['"', '”', '»']);

/**
 * Direct quotations ("...," she said / X told reporters, "...") and reported speech (X said Y did Z;
 * according to X): the content span, the speaker mention when found, and whether it is named.
 */
export function findQuotes(syntax: Syntax, lex: QuoteLexicon): Quote[] {
  const { tokens } = syntax;
  const quotes: Quote[] = [];
  // Direct quotations: pair quote marks in order; a straight quote opens then closes.
  let open: number | null = null;
  for (const t of tokens) {
    if (open === null && OPEN.has(t.text)) open = t.i;
    else if (open !== null && CLOSE.has(t.text)) {
      const a = tokens[open]!;
      if (t.i > open + 1) {
        const speaker = speakerNear(syntax, lex, open, t.i);
        quotes.push({
          start: a.start,
          end: t.end,
          content: { start: tokens[open + 1]!.start, end: tokens[t.i - 1]!.end },
          speaker: speaker?.id ?? null,
          named: speaker ? speaker.kind === 'name' || speaker.kind === 'pronoun' : false,
          kind: 'direct',
        });
      }
      open = null;
    }
  }
  // Reported speech: "X said (that) CLAUSE" and "CLAUSE, according to X".
  for (const t of tokens) {
    if (t.pos !== 'VERB' || !lex.speechVerbs.has(t.lemma) || lex.quoteOnlyVerbs.has(t.lemma)) continue;
    if (quotes.some((q) => q.start <= t.start && t.end <= q.end)) continue;
    const end = syntax.sentenceEnd(t.i);
    // "X told reporters, "..."": the verb introduces the direct quotation found above.
    if (
      quotes.some((q) => q.kind === 'direct' && q.start > t.end && q.start <= (tokens[t.i + 4]?.start ?? 0))
    )
      continue;
    // '"...," Rubio said on Thursday': the verb attributes the quotation that ends just before it.
    const before = tokens[Math.max(0, t.i - 4)]!.start;
    if (quotes.some((q) => q.kind === 'direct' && q.end <= t.start && q.end >= before)) continue;
    const next = tokens[t.i + 1];
    if (!next || next.sentence !== t.sentence || next.i >= end - 1) continue;
    if (next.pos === 'PUNCT' && !OPEN.has(next.text)) continue;
    const speaker = syntax.subjectOf(t.i);
    const from = next.lower === 'that' ? t.i + 2 : t.i + 1;
    if (from >= end) continue;
    // Reported speech reports a clause: "said on Thursday." reports nothing.
    if (!tokens.slice(from, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    quotes.push({
      start: t.start,
      end: tokens[end - 1]!.end,
      content: { start: tokens[from]!.start, end: tokens[end - 1]!.end },
      speaker: speaker?.id ?? null,
      named: speaker ? speaker.kind === 'name' : false,
      kind: 'reported',
    });
  }
  quotes.push(...attributions(syntax, lex));
  return quotes;
}

/**
 * "CLAUSE, according to a government source" and "According to X, CLAUSE": the clause is reported by
 * the source named after the phrase (unnamed when the source is a role, not a name).
 */
function attributions(syntax: Syntax, lex: QuoteLexicon): Quote[] {
  const { tokens } = syntax;
  const out: Quote[] = [];
  for (const phrase of lex.attributionPhrases) {
    const words = phrase.split(' ');
    for (let i = 0; i + words.length < tokens.length; i++) {
      if (!words.every((w, k) => tokens[i + k]!.lower === w)) continue;
      const first = syntax.sentenceStart(i);
      const end = syntax.sentenceEnd(i);
      let s = i + words.length;
      if (tokens[s]?.pos === 'DET') s++;
      const speaker =
        syntax.mentionsStartingAt(i + words.length)[0] ?? syntax.mentionsStartingAt(s)[0] ?? null;
      // Sentence-initial: the clause follows the source and its comma; otherwise it precedes the phrase.
      const comma = tokens.findIndex((t, k) => k > i && k < end && t.text === ',');
      if (i === first && comma < 0) continue;
      const [from, to] = i === first ? [comma + 1, end] : [first, tokens[i - 1]?.text === ',' ? i - 1 : i];
      if (to <= from) continue;
      out.push({
        start: tokens[Math.min(i, from)]!.start,
        end: tokens[Math.max(to, i + words.length) - 1]!.end,
        content: { start: tokens[from]!.start, end: tokens[to - 1]!.end },
        speaker: speaker?.id ?? null,
        named: speaker ? speaker.kind === 'name' : false,
        kind: 'reported',
      });
    }
  }
  return out;
}

/** The speaker of a direct quotation: "..., X said" after it, or "X said/told reporters, ..." before it. */
function speakerNear(syntax: Syntax, lex: QuoteLexicon, open: number, close: number) {
  const { tokens } = syntax;
  for (let j = close + 1; j <= close + 6 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && lex.speechVerbs.has(t.lemma)) {
      const after = syntax.mentionsStartingAt(j + 1)[0];
      return after ?? syntax.subjectOf(j);
    }
    if (t.text === '.' || OPEN.has(t.text)) break;
  }
  for (let j = open - 1; j >= open - 8 && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && lex.speechVerbs.has(t.lemma)) return syntax.subjectOf(j);
    if (t.text === '.' || CLOSE.has(t.text)) break;
  }
  return null;
}
