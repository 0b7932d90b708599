// The pattern grammar that dictionaries brought from PETRARCH need (docs/patterns.md): "_word"
// (consecutive words), "^" (a noun phrase passed over), code "---" (a null pattern) and reverse_code.
import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../test/helpers/tiny-kb.js';
import { modalityLexicon } from '../nlp/index.js';
import { codeArticle, type Engine } from '../pipeline/index.js';
import { loadDiscards } from './discards.js';
import { compilePattern } from './patterns/compile.js';
import { indexByAnchor } from './patterns/load.js';
import type { Pattern, PatternEntry } from './patterns/schema.js';

const entries: PatternEntry[] = [
  { id: 'leave', code: '040', pattern: '[S] leave * * [T]' },
  { id: 'leave-talks', code: '042', pattern: '[S] leave * for * talks * [T]', reverse_code: '043' },
  { id: 'meet-null', code: '---', pattern: '[S] meet * * secretly' },
  { id: 'appear', code: '---', pattern: '[S] appear * before * [T]', reverse_code: '173' },
  { id: 'meet', code: '040', pattern: '[S] meet [T]' },
  { id: 'ties', code: '041', pattern: '[S] renew * * [T]' },
  { id: 'new-ties', code: '051', pattern: '[S] renew * new _economic _ties * [T]' },
  { id: 'talk', code: '041', pattern: '[S] talk * * [T]' },
  { id: 'talk-in', code: '111', pattern: '[S] talk * in ^ * [T]' },
  { id: 'praise', code: '051', pattern: '[S] praise * * [T+]' },
  { id: 'visit', code: '042', pattern: '[S+] visit [T]' },
  { id: 'release', code: '051', pattern: '[T] release * from [S]' },
  { id: 'toll', code: '190', pattern: '[S] =death _=toll * rise * * [T]' },
  { id: 'host', code: '043', pattern: '[S] host [T]' },
  { id: 'accuse', code: '112', pattern: '[S] accuse * * [T]' },
  { id: 'accuse-crime', code: '111', pattern: '[S] accuse * [T] * of * =crime' },
  { id: 'criticize', code: '111', pattern: '[S] criticize * * [T]' },
];
const compiled = entries.map((e, k) => compilePattern(e, new Map(), 'test', k) as Pattern);
const engine: Engine = {
  kb: tinyKb,
  patterns: { patterns: compiled, byAnchor: indexByAnchor(compiled), issues: [] },
  discards: loadDiscards('/nonexistent'),
  modality: modalityLexicon(),
  issues: [],
};
const code = (text: string) =>
  codeArticle({ id: 't', text, published: '2026-01-03' }, { engine }).events.map(
    (e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`,
  );

describe('pattern grammar for brought dictionaries', () => {
  it('compiles every test pattern', () => {
    expect(compiled.every((p) => typeof p === 'object')).toBe(true);
  });

  it('reverse_code: the target acts back on the source', () => {
    expect(code('Japan left on Monday for talks with China.')).toEqual(['JPN CHN 042', 'CHN JPN 043']);
  });

  it('code "---": a null pattern that matches best stops the predicate', () => {
    expect(code('Japan met China secretly.')).toEqual([]);
    expect(code('Japan met China.')).toEqual(['JPN CHN 040']);
  });

  it('code "---" with a reverse code: only the way back is coded', () => {
    expect(code('Japan appeared before China on Monday.')).toEqual(['CHN JPN 173']);
  });

  it('"_word": consecutive words, nothing between', () => {
    expect(code('Japan renewed new economic ties with China.')).toEqual(['JPN CHN 051']);
    expect(code('Japan renewed new and economic ties with China.')).toEqual(['JPN CHN 041']);
  });

  it('"^": a noun phrase passed over before the slot', () => {
    expect(code('Japan talked in Tokyo with China.')).toEqual(['JPN CHN 111']);
    expect(code('Japan talked in China.')).toEqual(['JPN CHN 041']);
  });

  it('"=word": the word as written, not its other forms', () => {
    expect(code('Japan accused China of a crime.')).toEqual(['JPN CHN 111']);
    expect(code('Japan accused China of crimes.')).toEqual(['JPN CHN 112']);
  });

  it('"[S+]": an actor inside a subject that is no actor', () => {
    expect(code("Japan's new mayor visited China.")).toEqual(['JPN CHN 042']);
    expect(code("Japan's new mayor hosted China.")).toEqual([]);
  });

  it('"[T]" before the anchor: the subject is the target, a slot after the verb the source', () => {
    expect(code('Japan was released from China on Monday.')).toEqual(['CHN JPN 051']);
    expect(code('Japan was released on Monday.')).toEqual([]);
  });

  it('an anchor written "=word" may be a noun', () => {
    expect(code("Japan's death toll rose in the dispute with China.")).toEqual(['JPN CHN 190']);
  });

  it('"[T+]": an actor named inside a noun phrase fills the slot', () => {
    expect(code('Japan praised the Chinese economy.')).toEqual(['JPN CHN 051']);
    expect(code('Japan criticized the Chinese economy.')).toEqual([]);
  });
});
