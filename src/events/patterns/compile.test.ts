import { describe, expect, it } from 'vitest';
import { anchorKeys, compilePattern } from './compile.js';

const synsets = new Map([
  ['PHONE', ['phone', 'telephone', 'phone call']],
  ['EMPTYISH', ['x']],
]);
const compile = (pattern: string) =>
  compilePattern({ id: 't', code: '041', pattern }, synsets, 'test.yaml', 0);

describe('compilePattern', () => {
  it('compiles slots, words, synsets, optionals, gaps and possessives', () => {
    const p = compile("[S] 's hold (a|the) @PHONE * with [T]");
    expect(typeof p).toBe('object');
    if (typeof p === 'string') return;
    expect(p.elements.map((e) => e.kind)).toEqual([
      'source',
      'poss',
      'words',
      'words',
      'words',
      'gap',
      'words',
      'target',
    ]);
    expect(p.anchor).toBe(2);
    const phone = p.elements[4]!;
    expect(phone.kind === 'words' && phone.alts).toEqual([['phone'], ['telephone'], ['phone', 'call']]);
    const optional = p.elements[3]!;
    expect(optional.kind === 'words' && optional.optional).toBe(true);
    expect(anchorKeys(p)).toEqual(['hold']);
  });

  it('indexes a synset anchor by the first word of each member', () => {
    const p = compile('[S] @PHONE [T]');
    expect(typeof p !== 'string' && anchorKeys(p)).toEqual(['phone', 'telephone']);
  });

  it('also matches a hyphenated word as the tokenizer splits it', () => {
    const p = compile('[S] grant [T] safe-conduct');
    if (typeof p === 'string') throw new Error(p);
    const last = p.elements.at(-1)!;
    expect(last.kind === 'words' && last.alts).toEqual([['safe-conduct'], ['safe', '-', 'conduct']]);
  });

  it.each([
    ['[S] @NOPE [T]', 'unknown synset @NOPE'],
    ['[S] (meet) [T]', 'no anchor: a pattern needs a word that is not optional'],
    ['meet [T]', 'no [S] slot'],
    ['[S] meet [T] and [T]', 'more than one [T] or [E] slot'],
  ])('rejects %j', (pattern, message) => {
    expect(compile(pattern)).toBe(message);
  });
});
