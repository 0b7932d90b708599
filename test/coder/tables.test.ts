import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYamlList } from '../../src/core/data-file.js';
import { packageRoot } from '../../src/core/paths.js';
import { codeArticle, loadEngine } from '../../src/pipeline/index.js';

/**
 * The coder's table-driven tests per CAMEO root (test/fixtures/coder/NN-*.yaml): each sentence with
 * its expected events, including sentences that must code nothing. A case passes when every expected
 * event is found (code may be a root, "04", to accept any leaf) and nothing else is coded as occurred.
 * `not` lists events a case must not yield in any status (a code there may be a root too): what an
 * appeal asks for, what an accusation alleges, a mediator taken for a party. They are hard requirements.
 */
const Expected = z.object({
  source: z.string(),
  target: z.string().nullable().optional(),
  code: z.string(),
  status: z.enum(['occurred', 'planned', 'denied']).optional(),
  date: z.string().nullable().optional(),
});
const Case = z.object({
  text: z.string(),
  date: z.string(),
  expect: z.array(Expected),
  not: z.array(Expected).optional(),
  note: z.string().optional(),
});

const dir = join(packageRoot, 'test', 'fixtures', 'coder');
const files = (() => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch {
    return [];
  }
})();

const sameActor = (want: string, got: string | null | undefined) =>
  (got ?? '') === want || (want.length === 3 && (got ?? '').startsWith(want));

describe.skipIf(files.length === 0)('coder tables', () => {
  const engine = loadEngine();
  let found = 0;
  let expected = 0;
  for (const file of files) {
    const { items, issues } = loadYamlList(join(dir, file), Case);
    it(`${file} is well formed`, () => expect(issues).toEqual([]));
    // Sentences that must code nothing are hard requirements (false positives); expected events are
    // counted and the recall printed, a measurement of how far the dictionary covers each root.
    for (const c of items) {
      const events = codeArticle({ id: 't', text: c.text, published: c.date }, { engine }).events;
      const yields = (want: z.infer<typeof Expected>) =>
        events.some(
          (e) =>
            sameActor(want.source, e.source.code) &&
            (want.target === undefined ||
              (want.target === null ? e.target === null : sameActor(want.target, e.target?.code))) &&
            e.code.startsWith(want.code) &&
            (want.status === undefined || e.status === want.status) &&
            (want.date === undefined || e.date === want.date),
        );
      if (c.not?.length) {
        it(`does not code ${c.not.map((n) => `${n.source}→${n.target ?? '—'} ${n.code}`).join(', ')}: ${c.text}`, () => {
          expect(c.not!.filter(yields)).toEqual([]);
        });
      }
      if (c.expect.length === 0) {
        it(`codes nothing: ${c.text}`, () => {
          expect(
            events.filter((e) => e.status === 'occurred').map((e) => [e.source.code, e.target?.code, e.code]),
          ).toEqual([]);
        });
        continue;
      }
      for (const want of c.expect) {
        expected++;
        if (yields(want)) found++;
      }
    }
  }
  afterAll(() => {
    process.stdout.write(`coder tables: ${found} of ${expected} expected events found\n`);
  });
});
