import type { Element, Pattern, PatternEntry } from './schema.js';

export type Synsets = ReadonlyMap<string, readonly string[]>;

/** A synset's members as word lists, made once per synset and shared by every pattern that names it. */
const memberWords = new WeakMap<Synsets, Map<string, string[][]>>();
function wordsOf(synsets: Synsets, name: string): string[][] | null {
  const members = synsets.get(name);
  if (!members) return null;
  let bySet = memberWords.get(synsets);
  if (!bySet) {
    bySet = new Map();
    memberWords.set(synsets, bySet);
  }
  let words = bySet.get(name);
  if (!words) {
    words = members.flatMap((m) => withSplitHyphens(m.toLowerCase().split(/\s+/)));
    bySet.set(name, words);
  }
  return words;
}

/**
 * A word sequence, and the same with its hyphenated words split as the tokenizer may split them
 * ("safe-conduct" is also "safe", "-", "conduct").
 */
function withSplitHyphens(words: string[]): string[][] {
  if (!words.some((w) => /\w-\w/.test(w))) return [words];
  return [words, words.flatMap((w) => w.split(/(?<=\w)(-)(?=\w)/))];
}

/**
 * Compiles the text of a pattern ("[S] hold @PHONE with [T]") into elements. Returns an error message
 * instead when the pattern cannot be used (unknown synset, no anchor, no source slot).
 */
export function compilePattern(
  entry: PatternEntry,
  synsets: Synsets,
  where: string,
  order: number,
): Pattern | string {
  const elements: Element[] = [];
  for (const written of entry.pattern.trim().split(/\s+/)) {
    // "_word": follows the element before at once (PETRARCH's consecutive words).
    const tight = written.length > 1 && written.startsWith('_');
    const unjoined = tight ? written.slice(1) : written;
    // "=word": only the word as written.
    const exact = unjoined.length > 1 && unjoined.startsWith('=');
    const raw = exact ? unjoined.slice(1) : unjoined;
    const optional = raw.startsWith('(') && raw.endsWith(')');
    const word = optional ? raw.slice(1, -1) : raw;
    if (word === '[S]') elements.push({ kind: 'source' });
    else if (word === '[S+]') elements.push({ kind: 'source', inside: true });
    else if (word === '[T]') elements.push({ kind: 'target' });
    else if (word === '[T+]') elements.push({ kind: 'target', inside: true });
    else if (word === '*') elements.push({ kind: 'gap' });
    else if (word === '[E]') elements.push({ kind: 'deed' });
    else if (word === '^') elements.push({ kind: 'phrase' });
    else if (word === "'s" || word === '’s') elements.push({ kind: 'poss' });
    else {
      const alts: string[][] = [];
      for (const part of word.split('|')) {
        if (part.startsWith('@')) {
          const members = wordsOf(synsets, part.slice(1));
          if (!members) return `unknown synset ${part}`;
          alts.push(...members);
        } else if (part) alts.push(...withSplitHyphens([part.toLowerCase()]));
      }
      if (alts.length === 0) return `empty element "${raw}"`;
      elements.push({
        kind: 'words',
        alts,
        optional,
        label: word,
        ...(tight && { tight }),
        ...(exact && { exact }),
      });
    }
  }
  const anchor = elements.findIndex((e) => e.kind === 'words' && !e.optional);
  if (anchor < 0) return 'no anchor: a pattern needs a word that is not optional';
  if (!elements.some((e) => e.kind === 'source')) return 'no [S] slot';
  if (elements.filter((e) => e.kind === 'target' || e.kind === 'deed').length > 1)
    return 'more than one [T] or [E] slot';
  return {
    id: entry.id,
    code: entry.code,
    symmetric: entry.symmetric ?? false,
    ...(entry.reverse_code && { reverseCode: entry.reverse_code }),
    ...(entry.only_when && { onlyWhen: entry.only_when }),
    elements,
    anchor,
    where,
    order,
  };
}

/** The words an anchor can start with: patterns are indexed by them. */
export function anchorKeys(p: Pattern): string[] {
  const el = p.elements[p.anchor];
  return el?.kind === 'words' ? [...new Set(el.alts.map((a) => a[0]!))] : [];
}
