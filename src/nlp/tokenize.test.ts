import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

describe('tokenize: sentences that survive news', () => {
  it.each([
    ['Japan-U.S. alliance is strong. It endures.', ['Japan-U.S. alliance is strong.', 'It endures.']],
    ['The U.S.-China talks ended. Both sides left.', ['The U.S.-China talks ended.', 'Both sides left.']],
    [
      'Gen. Smith met Mr. Lee on Jan. 5 in the U.N. building.',
      ['Gen. Smith met Mr. Lee on Jan. 5 in the U.N. building.'],
    ],
    [
      'Headline without a full stop\nThe story starts here.',
      ['Headline without a full stop', 'The story starts here.'],
    ],
    ['- First point\n- Second point', ['- First point', '- Second point']],
    ['They met in the U.S. The talks ended.', ['They met in the U.S.', 'The talks ended.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('tokenize: tokens', () => {
  it('joins dotted abbreviations split by the tokenizer, with offsets into the text', () => {
    const text = 'The Japan-U.S. alliance';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['The', 'Japan', '-', 'U.S.', 'alliance']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[3]!.pos).toBe('PROPN');
  });

  it('gives lemmas and parts of speech', () => {
    const { tokens } = tokenize('Trump met Xi and invited him.');
    const met = tokens.find((t) => t.text === 'met')!;
    expect(met).toMatchObject({ lemma: 'meet', pos: 'VERB', sentence: 0 });
  });

  it.each([
    ['Workers staged a strike at the port.', 'staged', { lemma: 'stage', pos: 'VERB' }],
    [
      'Egypt and Qatar mediated talks between Israel and Hamas.',
      'mediated',
      { lemma: 'mediate', pos: 'VERB' },
    ],
    ['The ceasefire was mediated by Qatar.', 'mediated', { lemma: 'mediate', pos: 'VERB' }],
    ['A Qatar-mediated deal took effect.', 'mediated', { lemma: 'mediate', pos: 'ADJ' }],
    ['The mediated talks resumed.', 'mediated', { pos: 'ADJ' }],
  ])('fixes the tagger where news needs it (data/nlp/tagger.yaml): %s', (text, word, want) => {
    expect(tokenize(text).tokens.find((t) => t.text === word)).toMatchObject(want);
  });

  it('keeps every sentence token range consistent', () => {
    const text = 'Russia fired missiles at Ukraine. Kyiv said so.\nBerlin agreed.';
    const { tokens, sentences } = tokenize(text);
    for (const s of sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) expect(tokens[i]!.sentence).toBe(s.index);
    }
    expect(sentences.at(-1)!.endToken).toBe(tokens.length);
  });
});
