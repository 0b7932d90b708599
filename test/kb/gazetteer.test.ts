// The gazetteer's generated part is reproducible, and its ASCII spellings are what news writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citiesFile, fold, generate } from '../../scripts/gen-cities.js';

describe('scripts/gen-cities.ts', () => {
  it('generates the committed data/actors/cities.yaml', () => {
    const { text, clashes } = generate();
    expect(text === readFileSync(citiesFile, 'utf8')).toBe(true);
    // A name two countries share above the floor is left to places.yaml / ambiguous.yaml.
    expect(clashes).toEqual(expect.arrayContaining(['hyderabad', 'valencia']));
    expect(text).not.toMatch(/name: (Charlotte|Florence|Nice|Split|Reading|Man|Van),/);
  });

  it.each([
    ['Kandahār', 'Kandahar'],
    ['Diyarbakır', 'Diyarbakir'],
    ['İzmir', 'Izmir'],
    ['Łódź', 'Lodz'],
    ['Ðà Lạt', 'Da Lat'],
    ['Xi’an', "Xi'an"],
  ])('folds %s to %s', (name, ascii) => expect(fold(name)).toBe(ascii));
});
