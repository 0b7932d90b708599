import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYamlList, loadYamlMap } from './data-file.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-data-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('YAML data files', () => {
  it('reports a malformed list entry with its line and loads the rest', () => {
    const f = file('list.yaml', 'items:\n  - { a: 1 }\n  - { a: x }\n  - { a: 3 }\n');
    const { items, issues } = loadYamlList(f, z.object({ a: z.number() }), 'items');
    expect(items).toEqual([{ a: 1 }, { a: 3 }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'BAD_DATA', where: f, line: 3 })]);
  });

  it.each([
    ['a list', (f: string) => loadYamlList(f, z.unknown(), 'k').issues],
    ['a map', (f: string) => loadYamlMap(f, z.unknown(), 'k').issues],
  ])('reports a YAML syntax error in %s with its line', (_, load) => {
    const f = file('broken.yaml', 'k:\n  A: [x\n  B: y\n');
    expect(load(f)).toEqual([
      expect.objectContaining({ code: 'BAD_DATA', where: f, line: expect.any(Number) }),
    ]);
  });

  it('reports an unreadable file', () => {
    expect(loadYamlMap(join(dir, 'missing.yaml'), z.unknown(), 'k').issues[0]?.code).toBe('UNREADABLE');
  });
});
