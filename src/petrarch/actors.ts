// Readers for PETRARCH actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt), agent
// dictionaries (Phoenix.agents.txt) and discard lists. Formats: PETRARCH's docs/dictionaries.rst.
import type { Issue } from '../core/issue.js';
import { lineIssue, phraseWords, regularPlural, sourceLines } from './lines.js';

/** A code valid on a span of dates (YYYY-MM-DD, both ends included); no bound is open. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  line: number;
  /** The primary phrase first, then its `+` synonyms, as upper-case word lists. */
  names: string[][];
  /** The code on the primary line: used when no dated code applies. Null for none or `---`. */
  code: string | null;
  /** Tab-indented date restrictions, in file order. */
  dated: DatedCode[];
}

export interface ActorDictionary {
  actors: ActorEntry[];
  issues: Issue[];
}

/** A code, `---`, or several codes for a name that stands for several actors (`FRO/BIL/SAM`). */
const CODE_TEXT = /^[A-Z0-9]{3,15}(\/[A-Z0-9]{3,15})*$|^-+$/i;

/** `19950101` or `950101` (two-digit years: 00–29 are 20xx, the rest 19xx) to YYYY-MM-DD. */
export function petrDate(text: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(text)) {
    y = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2)}`;
}

/** `[USAGOV >20170120]`, `[AFGELI 320101-331108]`, `[IRQ <20030320]`, `[AFGELI]`. */
export function readRestriction(text: string): DatedCode | string {
  const m = /^\[\s*(\S+)\s*(.*?)\s*\]$/.exec(text.trim());
  if (!m) return `cannot read date restriction "${text.trim()}"`;
  const code = m[1]!.toUpperCase();
  if (!CODE_TEXT.test(code)) return `bad actor code "${m[1]}"`;
  const when = m[2]!;
  if (when === '') return { code };
  let r: RegExpExecArray | null = /^>\s*(\d+)$/.exec(when);
  if (r) {
    const from = petrDate(r[1]!);
    return from ? { code, from } : `bad date "${r[1]}"`;
  }
  r = /^<\s*(\d+)$/.exec(when);
  if (r) {
    const to = petrDate(r[1]!);
    return to ? { code, to } : `bad date "${r[1]}"`;
  }
  r = /^(\d+)\s*-\s*(\d+)$/.exec(when);
  if (r) {
    const from = petrDate(r[1]!);
    const to = petrDate(r[2]!);
    return from && to ? { code, from, to } : `bad date range "${when}"`;
  }
  return `cannot read date restriction "${text.trim()}"`;
}

/**
 * A phrase with optional bracketed codes after it: `HAMID_KARZAI_ [AFGMIL]`, `+AUSTRALIAN`, and the
 * one-line form `ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]`.
 */
function phraseAndCodes(text: string): { words: string[]; codes: DatedCode[] } | string {
  const clean = text.replace(/;.*$/, '').trim();
  const open = clean.indexOf('[');
  const phrase = open < 0 ? clean : clean.slice(0, open);
  const words = phraseWords(phrase);
  if (words.length === 0 || /[\]{}]/.test(phrase)) return `cannot read actor line "${text.trim()}"`;
  const codes: DatedCode[] = [];
  if (open >= 0) {
    const rest = clean.slice(open);
    const brackets = rest.match(/\[[^\]]*\]/g) ?? [];
    if (brackets.join('').replace(/\s/g, '') !== rest.replace(/\s/g, ''))
      return `cannot read codes "${rest}"`;
    for (const b of brackets) {
      if (/^\[\s*\]$/.test(b)) continue;
      const r = readRestriction(b);
      if (typeof r === 'string') return r;
      codes.push(r);
    }
  }
  return { words, codes };
}

/** Adds codes read on an actor's line or below it: an undated one is its default. */
function addCodes(actor: ActorEntry, codes: readonly DatedCode[]): void {
  for (const r of codes) {
    if (r.from === undefined && r.to === undefined && actor.code === null && actor.dated.length === 0)
      actor.code = r.code === '---' ? null : r.code;
    else actor.dated.push(r);
  }
}

export function readActorDictionary(source: string, file: string): ActorDictionary {
  const out: ActorDictionary = { actors: [], issues: [] };
  let current: ActorEntry | null = null;
  for (const line of sourceLines(source)) {
    const raw = line.text;
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('[')) {
      if (!current) {
        out.issues.push(lineIssue(file, line.n, 'date restriction without an actor before it'));
        continue;
      }
      const r = phraseAndCodes(`X ${text}`);
      if (typeof r === 'string') out.issues.push(lineIssue(file, line.n, r));
      else addCodes(current, r.codes);
      continue;
    }
    if (text.startsWith('+')) {
      if (!current) {
        out.issues.push(lineIssue(file, line.n, 'synonym without an actor before it'));
        continue;
      }
      const p = phraseAndCodes(text.slice(1));
      if (typeof p === 'string') out.issues.push(lineIssue(file, line.n, p));
      else {
        current.names.push(p.words);
        addCodes(current, p.codes);
      }
      continue;
    }
    const p = phraseAndCodes(text);
    if (typeof p === 'string') {
      out.issues.push(lineIssue(file, line.n, p));
      current = null;
      continue;
    }
    current = { line: line.n, names: [p.words], code: null, dated: [] };
    addCodes(current, p.codes);
    out.actors.push(current);
  }
  return out;
}

export function codeOn(actor: ActorEntry, date: string): string | null {
  for (const d of actor.dated) {
    if ((d.from === undefined || d.from <= date) && (d.to === undefined || date <= d.to)) return d.code;
  }
  const code =
    actor.code ?? actor.dated.find((d) => d.from === undefined && d.to === undefined)?.code ?? null;
  return code === '---' ? null : code;
}

/**
 * What Dyad makes of a PETRARCH actor (the in-memory Kb, src/petrarch/kb.ts, and the YAML importer,
 * src/kb/petrarch-import.ts, both ask here): with dated codes a person, with a bare three-letter code a
 * country, with a longer code an organisation; null for PETRARCH's "not an actor" (`---`, no code).
 */
export function actorKind(a: ActorEntry): 'person' | 'country' | 'org' | 'group' | null {
  if (a.dated.length) return 'person';
  if (a.code?.includes('/')) return 'group';
  if (!a.code || !/^[A-Z0-9]{3,}$/.test(a.code)) return null;
  return /^[A-Z]{3}$/.test(a.code) ? 'country' : 'org';
}

/** "DONALD TRUMP" → "Donald Trump", "AL-QAEDA" → "Al-Qaeda" (PETRARCH writes every phrase in capitals). */
export const titleCase = (words: readonly string[]): string =>
  words
    .map((w) =>
      w.toLowerCase().replace(/(^|[-'.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');

export interface AgentEntry {
  line: number;
  /** Every form the agent is written in (singular, plurals, substitutions), as upper-case word lists. */
  forms: Array<{ words: string[]; plural: boolean }>;
  /** The agent code without `~` (`GOV`, `NGO`). */
  code: string;
  /** `~GOV` adds the code after the actor's; `NGO~` before it. */
  position: 'after' | 'before';
}

export interface AgentDictionary {
  agents: AgentEntry[];
  issues: Issue[];
}

/** `FOREIGN_MINISTER [~GOVFRM]`, `ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]`, `CONGRESS!PERSON! [~LEG]`, `!PERSON! = MAN, MEN`. */
export function readAgentDictionary(source: string, file: string): AgentDictionary {
  const out: AgentDictionary = { agents: [], issues: [] };
  const markers = new Map<string, string[]>();
  for (const line of sourceLines(source)) {
    const text = line.text.trim();
    if (text === '') continue;
    const marker = /^!([A-Z]+)!\s*=\s*(.+)$/i.exec(text);
    if (marker) {
      markers.set(
        marker[1]!.toUpperCase(),
        marker[2]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const m = /^(\S+(?:\s+[^[{\s]+)*)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(text);
    if (!m) {
      out.issues.push(lineIssue(file, line.n, `cannot read agent line "${text}"`));
      continue;
    }
    const rawCode = m[3]!.trim();
    const code = /^~([A-Z0-9]+)$/i.exec(rawCode) ?? /^([A-Z0-9]+)~$/i.exec(rawCode);
    if (!code) {
      out.issues.push(lineIssue(file, line.n, `agent code "${rawCode}" needs a ~ before or after it`));
      continue;
    }
    const forms: AgentEntry['forms'] = [];
    const phrase = m[1]!;
    const sub = /!([A-Z]+)!/i.exec(phrase);
    if (sub) {
      const values = markers.get(sub[1]!.toUpperCase());
      if (!values) {
        out.issues.push(lineIssue(file, line.n, `unknown substitution marker !${sub[1]}!`));
        continue;
      }
      // Every value replaces the marker, with no plural formed.
      for (const v of values)
        forms.push({ words: phraseWords(phrase.replace(sub[0], v)), plural: /EN$|S$/i.test(v) });
    } else {
      const words = phraseWords(phrase);
      forms.push({ words, plural: false });
      if (m[2] === undefined) forms.push({ words: regularPlural(words), plural: true });
      else if (m[2].trim())
        for (const p of m[2].trim().split(/\s+/)) forms.push({ words: phraseWords(p), plural: true });
    }
    out.agents.push({
      line: line.n,
      forms,
      code: code[1]!.toUpperCase(),
      position: rawCode.startsWith('~') ? 'after' : 'before',
    });
  }
  return out;
}

export interface DiscardEntry {
  line: number;
  /** The phrase, upper-case, single spaces. */
  phrase: string;
  /** `+`: the whole story is not coded (else only the sentence). */
  story: boolean;
  /** A final `_`: the match must end at a word boundary (else the phrase is a stem). */
  whole: boolean;
}

export interface DiscardList {
  discards: DiscardEntry[];
  issues: Issue[];
}

export function readDiscards(source: string, file: string): DiscardList {
  const out: DiscardList = { discards: [], issues: [] };
  for (const line of sourceLines(source)) {
    let text = line.text.trim();
    if (text === '') continue;
    const story = text.startsWith('+');
    if (story) text = text.slice(1).trim();
    const whole = text.endsWith('_');
    const words = phraseWords(text);
    if (words.length === 0 || /[[\]{}]/.test(text)) {
      out.issues.push(lineIssue(file, line.n, `cannot read discard "${line.text.trim()}"`));
      continue;
    }
    out.discards.push({ line: line.n, phrase: words.join(' ').toUpperCase(), story, whole });
  }
  return out;
}
