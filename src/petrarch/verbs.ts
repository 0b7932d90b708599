// Reader for PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synsets (`&NAME`
// followed by `+member` lines), verb blocks (`--- NAME [code] ---`, then verb lines with irregular forms
// in `{...}` and an optional `[code]`, then patterns starting with `-`) and transformations (`~`).
// The reader only reads: translation into Dyad patterns is in translate.ts.
import type { Issue } from '../core/issue.js';
import { lineIssue, phraseWords, type SourceLine, sourceLines } from './lines.js';

/** A CAMEO code as PETRARCH writes it: `042`, `042:043` (a second, reciprocal code), `:043`, `---`. */
export interface PetrCode {
  raw: string;
  /** The code before `:` (or the whole code); null when empty or `---` (no event). */
  primary: string | null;
  /** The code after `:`, if any. */
  secondary: string | null;
}

/**
 * `joined`: written after an underscore (`NEW_&TIETYPES_RELATIONS`, `FAILED_TO_*`): PETRARCH's
 * consecutive words, with nothing between this element and the one before.
 */
export type PetrElement =
  | { kind: 'verb'; joined?: boolean } // `*` (older files: `**`)
  | { kind: 'word'; word: string; joined?: boolean }
  | { kind: 'synset'; name: string; joined?: boolean } // `&NAME`
  | { kind: 'source' } // `$`
  | { kind: 'target' } // `+`
  | { kind: 'skip' } // `^`: skip to the end of the noun phrase
  | { kind: 'compound' } // `%`: a compound actor that is both source and target
  | { kind: 'group'; bracket: '(' | '{'; elements: PetrElement[] }; // (prepositional phrase), {noun phrase}

export interface VerbPattern {
  line: number;
  text: string;
  elements: PetrElement[];
  code: PetrCode;
  note?: string;
}

export interface VerbForm {
  line: number;
  /** The words of the verb, upper-case as written (`CARRY OUT`). */
  words: string[];
  /** Index in `words` of the verb itself (a `+` marks it in multi-word verbs; else the first word). */
  verb: number;
  /** Irregular forms given in `{...}` (empty when none are given or `{}`). */
  forms: string[];
  /** The verb's own code, overriding the block's. */
  code?: PetrCode;
}

export interface VerbBlock {
  line: number;
  name: string;
  code: PetrCode;
  verbs: VerbForm[];
  patterns: VerbPattern[];
}

export interface Synset {
  line: number;
  name: string;
  /** Members as word lists (`&NAME` members of embedded synsets are expanded after reading). */
  members: string[][];
  /** Plurals are formed unless the name or the member ends with `_`. */
  noPlural: boolean;
  /** Which members themselves end with `_` (no plural). */
  fixed: boolean[];
}

export interface VerbDictionary {
  synsets: Map<string, Synset>;
  blocks: VerbBlock[];
  /** `~` transformation lines, kept as text (Dyad has no counterpart). */
  transformations: Array<{ line: number; text: string }>;
  issues: Issue[];
}

const HEADER = /^---\s+(.*?)\s*(?:\[([^\]]*)\])?\s*(?:---)?\s*$/;
const CODE = /\[([^\]]*)\]\s*$/;

export function parseCode(raw: string): PetrCode {
  const text = raw.trim();
  const [a = '', b] = text.split(':');
  const clean = (s: string | undefined): string | null =>
    s === undefined || s.trim() === '' || /^-+$/.test(s.trim()) ? null : s.trim();
  return { raw: text, primary: clean(a), secondary: clean(b) };
}

/** Reads a verb dictionary from its text; `file` names it in issues. */
export function readVerbDictionary(source: string, file: string): VerbDictionary {
  const dict: VerbDictionary = { synsets: new Map(), blocks: [], transformations: [], issues: [] };
  let synset: Synset | null = null;
  let block: VerbBlock | null = null;
  for (const line of sourceLines(source)) {
    const text = line.text.trim();
    if (text === '') continue;
    if (text.startsWith('&')) {
      block = null;
      const name = text.slice(1).trim();
      if (!/^[A-Z0-9_]+$/i.test(name)) {
        dict.issues.push(lineIssue(file, line.n, `bad synset name "${text}"`));
        synset = null;
        continue;
      }
      synset = {
        line: line.n,
        name: name.toUpperCase().replace(/_+$/, ''),
        members: [],
        noPlural: name.endsWith('_'),
        fixed: [],
      };
      if (dict.synsets.has(synset.name))
        dict.issues.push(lineIssue(file, line.n, `synset &${synset.name} defined again; members are added`));
      else dict.synsets.set(synset.name, synset);
      synset = dict.synsets.get(synset.name) ?? synset;
      continue;
    }
    if (text.startsWith('+') && synset) {
      const member = text.slice(1).trim();
      if (!member) dict.issues.push(lineIssue(file, line.n, 'empty synset member'));
      else {
        synset.members.push(phraseWords(member));
        synset.fixed.push(member.endsWith('_'));
      }
      continue;
    }
    synset = null;
    if (text.startsWith('~')) {
      dict.transformations.push({ line: line.n, text });
      continue;
    }
    if (text.startsWith('---')) {
      const m = HEADER.exec(text);
      if (!m) {
        dict.issues.push(lineIssue(file, line.n, `bad verb block header "${text}"`));
        block = null;
        continue;
      }
      block = { line: line.n, name: m[1]!, code: parseCode(m[2] ?? '---'), verbs: [], patterns: [] };
      dict.blocks.push(block);
      continue;
    }
    if (!block) {
      dict.issues.push(lineIssue(file, line.n, `"${text}" outside a verb block or synset`));
      continue;
    }
    if (text.startsWith('-')) {
      const pattern = readPattern(line, file);
      if (typeof pattern === 'string') dict.issues.push(lineIssue(file, line.n, pattern));
      else block.patterns.push(pattern);
      continue;
    }
    const verb = readVerbLine(text, line.n);
    if (typeof verb === 'string') dict.issues.push(lineIssue(file, line.n, verb));
    else block.verbs.push(verb);
  }
  expandEmbeddedSynsets(dict, file);
  return dict;
}

/** `GIVE {GAVE GIVEN} [070]`, `+ANGERED_BY {}`, `KLM_NOP_+RST [002]`, `CLEAR_UP`. */
function readVerbLine(text: string, n: number): VerbForm | string {
  // TABARI comments (`;`) are still found in some files.
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(text.replace(/;.*$/, '').trim());
  if (!m) return `cannot read verb line "${text}"`;
  const spec = m[1]!;
  const parts = spec.split(/[_\s]+/).filter((p) => p !== '');
  let verb = parts.findIndex((p) => p.startsWith('+'));
  if (verb < 0) verb = 0;
  const words = parts.map((p) => p.replace(/^\+/, ''));
  if (words.length === 0 || words.some((w) => !/^[A-Z0-9'.-]+$/i.test(w)))
    return `cannot read verb "${spec}"`;
  const forms = (m[2] ?? '').trim() ? m[2]!.trim().split(/\s+/) : [];
  return { line: n, words, verb, forms, ...(m[3] !== undefined && { code: parseCode(m[3]) }) };
}

/** `- * (TO) {ARMS SHIPMENT} + [042:043] # note`. */
function readPattern(line: SourceLine, file: string): VerbPattern | string {
  void file;
  const body = line.text.trim().slice(1);
  const code = CODE.exec(body);
  if (!code) return `pattern without a [code]: "${line.text.trim()}"`;
  const inner = body.slice(0, code.index).trim();
  // Each token, and whether an underscore joins it to the one before.
  const tokens = inner
    .replace(/([(){}])/g, ' $1 ')
    .split(/\s+/)
    .flatMap((chunk) =>
      chunk
        .split('_')
        .filter((t) => t !== '')
        .map((t, k) => ({ t, joined: k > 0 })),
    );
  const stack: PetrElement[][] = [[]];
  const open: Array<'(' | '{'> = [];
  for (const { t, joined } of tokens) {
    const tie = joined ? { joined } : {};
    const top = stack[stack.length - 1]!;
    if (t === '(' || t === '{') {
      const group: PetrElement = { kind: 'group', bracket: t, elements: [] };
      top.push(group);
      stack.push(group.elements);
      open.push(t);
    } else if (t === ')' || t === '}') {
      const want = t === ')' ? '(' : '{';
      if (open.pop() !== want) return `unbalanced "${t}" in pattern`;
      stack.pop();
    } else if (t === '*' || t === '**') top.push({ kind: 'verb', ...tie });
    else if (t === '$') top.push({ kind: 'source' });
    else if (t === '+') top.push({ kind: 'target' });
    else if (t === '^') top.push({ kind: 'skip' });
    else if (t === '%') top.push({ kind: 'compound' });
    else if (t.startsWith('&')) {
      const name = t.slice(1).toUpperCase().replace(/_+$/, '');
      if (!/^[A-Z0-9_]+$/.test(name)) return `bad synset reference "${t}"`;
      top.push({ kind: 'synset', name, ...tie });
    } else top.push({ kind: 'word', word: t, ...tie });
  }
  if (open.length) return `unclosed "${open[open.length - 1]}" in pattern`;
  const elements = stack[0]!;
  const verbs = countVerbs(elements);
  if (verbs !== 1) return verbs === 0 ? 'pattern without the verb "*"' : 'pattern with more than one "*"';
  return {
    line: line.n,
    text: line.text.trim(),
    elements,
    code: parseCode(code[1]!),
    ...(line.comment && { note: line.comment }),
  };
}

const countVerbs = (els: readonly PetrElement[]): number =>
  els.reduce((n, e) => n + (e.kind === 'verb' ? 1 : e.kind === 'group' ? countVerbs(e.elements) : 0), 0);

/** A member `&OTHER` of a synset stands for all members of OTHER (one level, as PETRARCH's test uses). */
function expandEmbeddedSynsets(dict: VerbDictionary, file: string): void {
  for (const s of dict.synsets.values()) {
    const members: string[][] = [];
    const fixed: boolean[] = [];
    s.members.forEach((m, k) => {
      const ref =
        m.length === 1 && m[0]!.startsWith('&') ? m[0]!.slice(1).toUpperCase().replace(/_+$/, '') : null;
      if (!ref) {
        members.push(m);
        fixed.push(s.fixed[k]!);
        return;
      }
      const other = dict.synsets.get(ref);
      if (!other || other === s) {
        dict.issues.push(lineIssue(file, s.line, `synset &${s.name}: unknown member synset &${ref}`));
        return;
      }
      members.push(...other.members.filter((x) => !x[0]!.startsWith('&')));
      fixed.push(...other.fixed);
    });
    s.members = members;
    s.fixed = fixed;
  }
}
