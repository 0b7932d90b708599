import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPatterns } from './load.js';

const root = mkdtempSync(join(tmpdir(), 'dyad-patterns-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const folder = (name: string, files: Record<string, string>): string => {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
};

describe('loadPatterns', () => {
  it('reports an id used twice in one folder and keeps the first', () => {
    const dir = folder('own', {
      'a.yaml': 'patterns:\n  - { id: x.visit, code: "042", pattern: "[S] visit [T]" }\n',
      'b.yaml': 'patterns:\n  - { id: x.visit, code: "043", pattern: "[S] host [T]" }\n',
    });
    const set = loadPatterns([dir]);
    expect(set.patterns.map((p) => p.code)).toEqual(['042']);
    expect(set.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('x.visit: the id is already used in'),
    ]);
  });

  it('lets an overlay folder replace a pattern by its id', () => {
    const own = folder('base', {
      'a.yaml': 'patterns:\n  - { id: y.visit, code: "042", pattern: "[S] visit [T]" }\n',
    });
    const overlay = folder('overlay', {
      'a.yaml': 'patterns:\n  - { id: y.visit, code: "043", pattern: "[S] visit [T]" }\n',
    });
    const set = loadPatterns([own, overlay]);
    expect(set.patterns.map((p) => p.code)).toEqual(['043']);
    expect(set.issues).toEqual([]);
  });
});
