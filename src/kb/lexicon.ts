// The phrase index over every name the knowledge base holds: longest-match lookup by lower-cased tokens.

import { norm } from './text.js';
import type { LexEntry, Lexicon } from './types.js';

export class PhraseIndex implements Lexicon {
  private readonly phrases = new Map<string, LexEntry[]>();
  /** Longest phrase, in words, starting with each first word: most tokens start none. */
  private readonly byFirst = new Map<string, number>();

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
    }
    if (!list.some((x) => x.kind === entry.kind && x.id === entry.id)) list.push(entry);
    // The tokenizer splits "Tae-yul" into "tae", "-", "yul": index the phrase that way too.
    const split = key.replace(/(\w)-(?=\w)/g, '$1 - ');
    if (split !== key) this.add(split, entry);
  }

  /** What a whole phrase means, or nothing. */
  get(phrase: string): readonly LexEntry[] {
    return this.phrases.get(norm(phrase)) ?? [];
  }

  longest(tokens: readonly string[], start: number): { length: number; entries: LexEntry[] } | null {
    const most = this.byFirst.get(tokens[start] ?? '');
    if (most === undefined) return null;
    for (let n = Math.min(most, tokens.length - start); n >= 1; n--) {
      const hit = this.phrases.get(tokens.slice(start, start + n).join(' '));
      if (hit) return { length: n, entries: hit };
    }
    return null;
  }

  get size(): number {
    return this.phrases.size;
  }
}
