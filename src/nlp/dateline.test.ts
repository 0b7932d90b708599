import { describe, expect, it } from 'vitest';
import { findDatelines } from './dateline.js';

describe('findDatelines', () => {
  it.each([
    ['TOKYO (Reuters) - Japan said on Friday.', 'TOKYO (Reuters) - '],
    ['WASHINGTON, Jan 2 (AP) — The president said.', 'WASHINGTON, Jan 2 (AP) — '],
    ['KYIV, Ukraine — Russia fired missiles.', 'KYIV, Ukraine — '],
    ['NEW DELHI - India and Pakistan agreed.', 'NEW DELHI - '],
  ])('%j', (text, dateline) => {
    const [span] = findDatelines(text);
    expect(span && text.slice(span.start, span.end)).toBe(dateline);
  });

  it.each([
    'Japan and China met in Tokyo - a first.',
    'The U.S. - China talks resumed.',
    'NATO said on Monday it would respond.',
  ])('finds none in %j', (text) => {
    expect(findDatelines(text)).toEqual([]);
  });
});
