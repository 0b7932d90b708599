// Translation of a PETRARCH verb dictionary into Dyad patterns, compiled in memory (never written to
// data/). Rules (docs/petrarch.md):
// - every verb of a block with a code gives `[S] verb * [T]` and `[S] verb`;
// - every pattern of a block applies to every verb of the block: `*` becomes the anchor (the verb
//   with its irregular forms), words and `(...)`/`{...}` groups after it become words, `&NAME` becomes
//   `@NAME`, `+` becomes `[T+]` (an actor inside a noun phrase may fill it), `^` a noun phrase passed
//   over `^ *`, `_` consecutive words `_word`; `%` before the verb (a compound subject whose
//   members act on each other) makes the pattern symmetric; a pattern without `+` also gets `* [T]` at its
//   end (PETRARCH takes the target from anywhere in the verb phrase) and is kept without it;
// - the code before `:` is the event code; a second code (reciprocal event) is dropped and counted.
// What Dyad's pattern model cannot express is not translated and counted by reason.
import { type Issue, issue } from '../core/issue.js';
import { compilePattern } from '../events/patterns/compile.js';
import { indexByAnchor, type PatternSet } from '../events/patterns/load.js';
import { NO_EVENT, type Pattern } from '../events/patterns/schema.js';
import { tokenize } from '../nlp/tokenize.js';
import { regularPlural } from './lines.js';
import type { PetrCode, PetrElement, VerbDictionary, VerbForm } from './verbs.js';

export interface TranslationReport {
  /** PETRARCH patterns (`-` lines) read. */
  patterns: number;
  /** Of them, translated into at least one Dyad pattern. */
  translated: number;
  /** Verb lines read and those that became verb-only patterns. */
  verbs: number;
  verbsTranslated: number;
  /** Dyad patterns compiled in all (patterns × verbs of their block × variants). */
  dyadPatterns: number;
  /** PETRARCH patterns and verbs not translated, by reason. */
  untranslated: Record<string, number>;
  /** Translated, but something was dropped (a reciprocal code), by what. */
  approximated: Record<string, number>;
  /** `~` transformations: Dyad has no counterpart. */
  transformations: number;
}

/** A report with nothing counted yet. */
export const emptyReport = (): TranslationReport => ({
  patterns: 0,
  translated: 0,
  verbs: 0,
  verbsTranslated: 0,
  dyadPatterns: 0,
  untranslated: {},
  approximated: {},
  transformations: 0,
});

export interface Translation {
  set: PatternSet;
  report: TranslationReport;
}

/** A CAMEO code; PETRARCH also lets a letter follow it (`174K`, `075A`), which is kept as written. */
const CAMEO_CODE = /^\d{2,4}[A-Za-z]?$/;
const bump = (m: Record<string, number>, k: string): void => {
  m[k] = (m[k] ?? 0) + 1;
};

/** Why a code cannot be used, or null. */
function codeProblem(code: PetrCode): string | null {
  if (code.primary === null)
    return code.secondary !== null ? 'reciprocal code only ([:code])' : 'null code [---]';
  if (!CAMEO_CODE.test(code.primary)) return 'code is not a CAMEO code';
  return null;
}

/** Dyad synsets from PETRARCH's: members lower-cased, with regular plurals unless `_` forbids them. */
export function dyadSynsets(dict: VerbDictionary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of dict.synsets.values()) {
    const members = new Set<string>();
    s.members.forEach((m, k) => {
      members.add(m.join(' ').toLowerCase());
      if (!s.noPlural && !s.fixed[k]) members.add(regularPlural(m).join(' ').toLowerCase());
    });
    if (members.size) out.set(s.name, [...members]);
  }
  return out;
}

const flatten = (els: readonly PetrElement[]): PetrElement[] =>
  els.flatMap((e) => (e.kind === 'group' ? flatten(e.elements) : [e]));

/** A word as a Dyad pattern element; characters the pattern syntax uses are a reason to give up. */
const dyadWord = (w: string): string | null => {
  const lower = w.toLowerCase();
  return /[|()[\]@*\s]/.test(lower) || lower === "'s" ? null : lower;
};

/**
 * The anchor text of a verb: the verb with its irregular forms, with the other words of a multi-word
 * verb around it (`KLM_NOP_+RST`: the first word then anchors).
 */
function verbText(v: VerbForm): string | { reason: string } {
  const alts = [v.words[v.verb]!, ...v.forms].map(dyadWord);
  const words = v.words.map(dyadWord);
  if (alts.some((a) => a === null) || words.some((a) => a === null))
    return { reason: 'verb with unusable characters' };
  return [...words.slice(0, v.verb), [...new Set(alts)].join('|'), ...words.slice(v.verb + 1)].join(' ');
}

/** The Dyad pattern texts for one PETRARCH pattern on one verb, or why there are none. */
function patternTexts(
  elements: readonly PetrElement[],
  verb: string,
  synsets: ReadonlyMap<string, string[]>,
  requireDyad: boolean,
  nullCode = false,
): Array<{ text: string; symmetric?: boolean }> | { reason: string } {
  const flat = flatten(elements);
  const at = flat.findIndex((e) => e.kind === 'verb');
  let compound = false;
  // Words between the subject and the verb ("- SAID * TO ATTEND", "- NOT *") come first: the first of
  // them anchors the pattern, and the verb follows them.
  const before: string[] = [];
  let targetFirst = false;
  let targetBefore = false;
  for (const e of flat.slice(0, at)) {
    if (e.kind === 'source') continue;
    if (e.kind === 'compound') {
      compound = true;
      continue;
    }
    if (e.kind === 'target') {
      // "+ * FROM $": the subject is the target, the source comes after the verb. After words that
      // come before the verb ("NOTED + *": "noted that Cirith Ungol regretted"), the target is a slot
      // between them and the verb.
      if (targetFirst || targetBefore) return { reason: 'target before the verb' };
      if (before.length) {
        targetBefore = true;
        before.push('[T]');
      } else targetFirst = true;
      continue;
    }
    // "_x": PETRARCH's consecutive words (`MOST_CERTAINLY`); the first element anchors, so it is never tight.
    const tie = 'joined' in e && e.joined && before.length ? '_' : '';
    if (e.kind === 'word') {
      const w = dyadWord(e.word);
      if (w === null) return { reason: 'word with unusable characters' };
      // PETRARCH matches a pattern's words as written ("RESOLUTION" is not "resolutions").
      before.push(`${tie}=${w}`);
    } else if (e.kind === 'synset') {
      if (!synsets.has(e.name)) return { reason: 'unknown synset' };
      before.push(`${tie}=@${e.name}`);
    } else if (e.kind === 'skip') before.push('*');
  }
  // Only the subject may stand before the anchor: a leading skip says nothing more.
  while (before[0] === '*') before.shift();
  if (before[0]?.startsWith('_')) before[0] = before[0].slice(1);
  const verbEl = flat[at];
  if (before.length) {
    // Words PETRARCH finds before the verb need not be next to each other ("INDICATED WOULD *" in
    // "indicated it would act"): a gap goes between two of them unless `_` joins them.
    const parts = [...before, `${verbEl?.kind === 'verb' && verbEl.joined ? '_' : ''}${verb}`];
    verb = parts
      .map((w, k) => (k > 0 && !w.startsWith('_') && w !== '*' && parts[k - 1] !== '*' ? `* ${w}` : w))
      .join(' ');
  }
  const after: string[] = [];
  let targets = targetBefore ? 1 : 0;
  let sources = 0;
  for (const e of flat.slice(at + 1)) {
    if (e.kind === 'word') {
      const w = dyadWord(e.word);
      if (w === null) return { reason: 'word with unusable characters' };
      after.push(`${e.joined ? '_' : ''}=${w}`);
    } else if (e.kind === 'synset') {
      if (!synsets.has(e.name)) return { reason: 'unknown synset' };
      after.push(`${e.joined ? '_' : ''}=@${e.name}`);
    } else if (e.kind === 'target') {
      targets++;
      after.push('[T]');
    } else if (e.kind === 'skip') after.push('^', '*');
    else if (e.kind === 'source') {
      if (!targetFirst) return { reason: 'source after the verb ($)' };
      sources++;
      after.push('[S]');
    } else if (e.kind === 'compound') {
      // "- * WITH %": a compound object; each of its members is a target (Dyad codes one event each).
      targets++;
      after.push('[T]');
    }
  }
  if (targets > 1) return { reason: 'more than one target (+)' };
  // A trailing gap adds nothing to a match.
  while (after[after.length - 1] === '*') after.pop();
  // PETRARCH finds a pattern's words anywhere in the verb phrase: they need not follow the verb at once.
  if (after.length && after[0] !== '*' && after[0] !== '[T]' && !after[0]!.startsWith('_'))
    after.unshift('*');
  // Nor need they follow each other at once, unless `_` joins them: a gap goes between two words, and
  // between a word and the slot after it ("MONEY $" in "money from Osgiliath").
  for (let k = after.length - 1; k > 0; k--)
    if (
      (after[k]!.startsWith('=') || after[k] === '[T]' || after[k] === '[S]') &&
      after[k - 1] !== '*' &&
      after[k - 1] !== '^'
    )
      after.splice(k, 0, '*');
  if (targetFirst) {
    if (sources !== 1 || targets || compound) return { reason: 'target before the verb' };
    return [{ text: `[T] ${verb} ${after.join(' ')}` }];
  }
  const base = `[S] ${verb}${after.length ? ` ${after.join(' ')}` : ''}`;
  // "% *": the members of a compound subject do it to each other (Dyad's symmetric events).
  if (compound)
    return targets ? { reason: 'compound actor (%) with a target' } : [{ text: base, symmetric: true }];
  // A null-code pattern stops the verb's coding whether or not a target follows.
  const texts =
    targets || (requireDyad && !nullCode)
      ? [targets ? base : `${base} * * * [T]`]
      : [`${base} * * * [T]`, base];
  // The implied target may also stand before the pattern's words ("allowed that Mordor isn't a really
  // pleasant place": `* REALLY_PLEASANT`): PETRARCH takes it from anywhere in the verb phrase.
  if (!targets && after.some((w) => w !== '*'))
    texts.push(`[S] ${verb} * [T] ${after[0] === '*' ? '' : '* '}${after.join(' ')}`);
  return texts.map((text) => ({ text }));
}

export interface TranslateOptions {
  /**
   * PETRARCH's `require_dyad` (PETR_config.ini, on by default): an event needs a source and a target,
   * so patterns without a target slot are not made.
   */
  requireDyad?: boolean;
}

/** Translates a verb dictionary; `file` names it in pattern ids and messages. */
export function translateVerbs(
  dict: VerbDictionary,
  file: string,
  options: TranslateOptions = {},
): Translation {
  const requireDyad = options.requireDyad ?? true;
  const synsets = dyadSynsets(dict);
  const issues: Issue[] = [];
  const report: TranslationReport = { ...emptyReport(), transformations: dict.transformations.length };
  const patterns: Pattern[] = [];
  let order = 0;
  const add = (
    id: string,
    code: string,
    text: string,
    line: number,
    symmetric = false,
    reverse: string | null = null,
    written = false,
  ): boolean => {
    const entry = {
      id,
      code,
      // PETRARCH takes any actor of the noun phrase as the target ("the affected Ithilen villages").
      pattern: text.replace(/\[T\]/g, '[T+]').replace(/\[S\]/g, '[S+]'),
      ...(symmetric && { symmetric }),
      ...(reverse && { reverse_code: reverse }),
    };
    const compiled = compilePattern(entry, synsets, `${file}:${line}`, order++);
    if (typeof compiled === 'string') {
      issues.push(issue('BAD_DATA', `${id} "${text}": ${compiled}`, file, line));
      return false;
    }
    patterns.push(compiled);
    if (written) writtenForm.add(compiled);
    return true;
  };
  // PETRARCH lists some inflected forms as verbs of their own (LEFT [032:033] beside LEAVE [012]) and
  // matches words as written; Dyad matches lemmas, so "left" meets both. The verb listed as written
  // goes first, and wins where the two match equally.
  const writtenForm = new Set<Pattern>();
  const lemmas = new Map<string, boolean>();
  const isInflected = (v: VerbForm): boolean => {
    const w = v.words[v.verb]!.toLowerCase();
    let inflected = lemmas.get(w);
    if (inflected === undefined) {
      const lemma = tokenize(`They ${w} it.`).tokens[1]?.lemma;
      inflected = lemma !== undefined && lemma !== w;
      lemmas.set(w, inflected);
    }
    return inflected;
  };
  for (const block of dict.blocks) {
    const verbs = block.verbs.map((v) => ({ v, text: verbText(v) }));
    // Patterns first: where a pattern and the bare verb match equally, Dyad keeps the one listed first.
    for (const p of block.patterns) {
      report.patterns++;
      const nullCode = p.code.primary === null && p.code.secondary === null;
      // "[:173]": only the target's act back on the source is coded.
      const backOnly =
        p.code.primary === null && p.code.secondary !== null && CAMEO_CODE.test(p.code.secondary);
      const bad = nullCode || backOnly ? null : codeProblem(p.code);
      if (bad) {
        bump(report.untranslated, bad);
        continue;
      }
      const code = p.code.primary ?? NO_EVENT;
      let ok = false;
      let reason = 'no verb of the block can be used';
      for (const { v, text } of verbs) {
        if (typeof text !== 'string') {
          reason = text.reason;
          continue;
        }
        const texts = patternTexts(p.elements, text, synsets, requireDyad, nullCode);
        if (!Array.isArray(texts)) {
          reason = texts.reason;
          break;
        }
        texts.forEach((t, k) => {
          const id = `${code}.${block.name}.${p.line}.${v.line}.${k}`;
          // The second code is the target's act back on the source; members of a compound act both ways.
          const reverse = p.code.secondary ?? (t.symmetric ? p.code.primary : null);
          if (add(id, code, t.text, p.line, t.symmetric, reverse, isInflected(v))) ok = true;
        });
      }
      if (ok) report.translated++;
      else bump(report.untranslated, reason);
    }
    for (const { v, text } of verbs) {
      report.verbs++;
      const code = v.code ?? block.code;
      const nullCode = code.primary === null && code.secondary === null;
      // A verb with no code of its own in a null block is ordinary: only its patterns code. A verb
      // whose own code is null in a coded block is not coded, whatever the block's code.
      if (nullCode && !v.code) continue;
      const backOnly = code.primary === null && code.secondary !== null && CAMEO_CODE.test(code.secondary);
      const bad = nullCode || backOnly ? null : codeProblem(code);
      if (bad) {
        bump(report.untranslated, `verb: ${bad}`);
        continue;
      }
      if (typeof text !== 'string') {
        bump(report.untranslated, `verb: ${text.reason}`);
        continue;
      }
      const c = code.primary ?? NO_EVENT;
      const a = add(
        `${c}.${block.name}.${v.line}.t`,
        c,
        `[S] ${text} * * * [T]`,
        v.line,
        false,
        code.secondary,
        isInflected(v),
      );
      const b =
        (!requireDyad || nullCode) &&
        add(`${c}.${block.name}.${v.line}`, c, `[S] ${text}`, v.line, false, code.secondary, isInflected(v));
      if (a || b) report.verbsTranslated++;
    }
  }
  const ranked = [
    ...patterns.filter((p) => writtenForm.has(p)),
    ...patterns.filter((p) => !writtenForm.has(p)),
  ];
  ranked.forEach((p, k) => {
    p.order = k;
  });
  report.dyadPatterns = patterns.length;
  return { set: { patterns, byAnchor: indexByAnchor(patterns), issues }, report };
}
