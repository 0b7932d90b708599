// The phrase index over every name the knowledge base holds: longest-match lookup by lower-cased tokens.

import { norm } from './text.js';
import type { LexEntry, Lexicon } from './types.js';

export class PhraseIndex implements Lexicon {
  private readonly phrases = new Map<string, LexEntry[]>();
  /** Longest phrase, in words, starting with each first word: most tokens start none. */
  private readonly byFirst = new Map<string, number>();
  /** The same phrases as a tree of words, so a lookup walks the tokens instead of joining them. */
  private readonly tree: TreeNode = { next: new Map() };

  /** Index `phrase` (any case) as meaning `entry`; an entry already given for the phrase is not repeated. */
  add(phrase: string, entry: LexEntry): void {
    const key = norm(phrase);
    if (!key) return;
    let list = this.phrases.get(key);
    if (!list) {
      list = [];
      this.phrases.set(key, list);
      const words = key.split(' ');
      const first = words[0]!;
      if ((this.byFirst.get(first) ?? 0) < words.length) this.byFirst.set(first, words.length);
      let node = this.tree;
      for (const w of words) {
        node.next ??= new Map();
        let child = node.next.get(w);
        if (!child) {
          child = {};
          node.next.set(w, child);
        }
        node = child;
      }
      node.entries = list;
    }
    if (!list.some((x) => x.kind === entry.kind && x.id === entry.id)) list.push(entry);
    // The tokenizer splits "Tae-yul" into "tae", "-", "yul": index the phrase that way too.
    const split = key.replace(/(\w)-(?=\w)/g, '$1 - ');
    if (split !== key) this.add(split, entry);
    // "Saint Vincent" is written "St Vincent" and "St. Vincent" too.
    if (/(^| )saint /.test(key)) {
      this.add(key.replace(/(^| )saint /g, '$1st '), entry);
      this.add(key.replace(/(^| )saint /g, '$1st. '), entry);
    }
  }

  /** What a whole phrase means, or nothing. */
  get(phrase: string): readonly LexEntry[] {
    return this.phrases.get(norm(phrase)) ?? [];
  }

  longest(tokens: readonly string[], start: number): { length: number; entries: LexEntry[] } | null {
    const most = this.byFirst.get(tokens[start] ?? '');
    if (most === undefined) return null;
    const last = Math.min(most, tokens.length - start);
    // Tokens of single words (the usual case) walk the tree: the deepest phrase reached is the longest.
    let single = true;
    for (let k = 0; k < last && single; k++) single = !tokens[start + k]!.includes(' ');
    if (single) {
      let node: TreeNode | undefined = this.tree;
      let length = 0;
      let entries: LexEntry[] | undefined;
      for (let n = 1; n <= last; n++) {
        node = node.next?.get(tokens[start + n - 1]!);
        if (!node) break;
        if (node.entries) {
          length = n;
          entries = node.entries;
        }
      }
      return entries ? { length, entries } : null;
    }
    for (let n = last; n >= 1; n--) {
      const hit = this.phrases.get(tokens.slice(start, start + n).join(' '));
      if (hit) return { length: n, entries: hit };
    }
    return null;
  }

  get size(): number {
    return this.phrases.size;
  }
}

interface TreeNode {
  /** What the phrase ending here means (absent where no phrase ends). */
  entries?: LexEntry[];
  next?: Map<string, TreeNode>;
}
