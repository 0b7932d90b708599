import { describe, expect, it } from 'vitest';
import { loadDiscards } from './discards.js';

const discards = loadDiscards();

describe('discard contexts (data/discards.yaml)', () => {
  it('loads without issues', () => expect(discards.issues).toEqual([]));

  it.each([
    ['Japan beat China 2-1 in the World Cup qualifier.', 'sports'],
    ['Stocks attacked the highs as the Nasdaq rallied.', 'markets'],
    ['The film topped the box office in China.', 'entertainment'],
  ])('%s → %s', (sentence, context) => {
    expect(discards.contextOf(sentence)?.id).toBe(context);
  });

  it.each([
    'Russia fired missiles at Ukraine on Sunday.',
    'The two leaders agreed to coordinate a meeting this spring.',
    'India and Pakistan agreed to a ceasefire after a match of wills.',
  ])('keeps %s', (sentence) => {
    expect(discards.contextOf(sentence)).toBeNull();
  });
});
