import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYamlList } from '../../src/core/data-file.js';
import type { Doc, Mention } from '../../src/core/doc.js';
import { packageRoot } from '../../src/core/paths.js';
import { Syntax } from '../../src/nlp/index.js';
import { analyse, loadEngine } from '../../src/pipeline/index.js';

/** The language layer's table tests: test/fixtures/nlp/layers.yaml (format in its header). */
const Case = z.object({
  text: z.string(),
  date: z
    .union([z.string(), z.date()])
    .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
  mentions: z
    .array(
      z.object({
        text: z.string(),
        n: z.number().default(0),
        actor: z.string().nullable().optional(),
        use: z.enum(['actor', 'location', 'modifier']).optional(),
      }),
    )
    .optional(),
  mentions_exactly: z.boolean().default(false),
  absent: z.array(z.string()).default([]),
  coref: z
    .array(
      z.object({
        text: z.string(),
        n: z.number().default(0),
        actor: z.string().nullable().optional(),
        members: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  quotes: z
    .array(
      z.object({ content: z.string(), speaker: z.string().nullable(), kind: z.enum(['direct', 'reported']) }),
    )
    .optional(),
  quotes_exactly: z.boolean().default(false),
  subjects: z
    .array(z.object({ verb: z.string(), n: z.number().default(0), subject: z.string().nullable() }))
    .default([]),
});

const { items: cases, issues } = loadYamlList(
  join(packageRoot, 'test', 'fixtures', 'nlp', 'layers.yaml'),
  Case,
);
const engine = loadEngine();

/** Start of the n-th occurrence of `needle` as a whole word. */
function nth(text: string, needle: string, n: number): number {
  const re = new RegExp(`(?<![\\w])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  const hits = [...text.matchAll(re)];
  if (!hits[n]) throw new Error(`"${needle}" (occurrence ${n}) is not in the case's text`);
  return hits[n].index;
}

/** The code a mention stands for once coreference is done (its own actor, or its antecedent's). */
const codeOf = (doc: Doc, m: Mention): string | null => {
  if (m.actor) return m.actor.code;
  if (m.antecedent !== undefined) return codeOf(doc, doc.mentions[m.antecedent]!);
  return null;
};
const membersOf = (doc: Doc, m: Mention): string[] => {
  const group = m.members ? m : m.antecedent !== undefined ? doc.mentions[m.antecedent]! : m;
  return (group.members ?? []).map((i) => codeOf(doc, doc.mentions[i]!) ?? '?').sort();
};

describe('language layer tables', () => {
  it('the table is well formed', () => expect(issues).toEqual([]));
  for (const c of cases) {
    it(c.text, () => {
      const doc = analyse({ id: 't', text: c.text, published: c.date }, engine);
      const at = (start: number, end: number) => doc.mentions.find((m) => m.start === start && m.end === end);
      for (const want of c.mentions ?? []) {
        const start = nth(c.text, want.text, want.n);
        const got = at(start, start + want.text.length);
        expect(got, `mention "${want.text}"`).toBeDefined();
        if (want.actor !== undefined)
          expect(got!.actor?.code ?? null, `actor of "${want.text}"`).toBe(want.actor);
        if (want.use) expect(got!.use, `use of "${want.text}"`).toBe(want.use);
      }
      if (c.mentions_exactly)
        expect(doc.mentions.map((m) => m.text)).toEqual((c.mentions ?? []).map((m) => m.text));
      for (const text of c.absent) {
        const start = nth(c.text, text, 0);
        expect(
          doc.mentions.find((m) => m.start === start),
          `"${text}" is not a mention`,
        ).toBeUndefined();
      }
      for (const want of c.coref) {
        const start = nth(c.text, want.text, want.n);
        const got = at(start, start + want.text.length);
        expect(got, `mention "${want.text}"`).toBeDefined();
        if (want.actor !== undefined) expect(codeOf(doc, got!), `"${want.text}" refers to`).toBe(want.actor);
        if (want.members)
          expect(membersOf(doc, got!), `"${want.text}" groups`).toEqual([...want.members].sort());
      }
      if (c.subjects.length) {
        const syntax = new Syntax(doc);
        for (const want of c.subjects) {
          const start = nth(c.text, want.verb, want.n);
          const verb = doc.tokens.find((t) => t.start === start);
          expect(verb, `verb "${want.verb}"`).toBeDefined();
          expect(syntax.subjectOf(verb!.i)?.text ?? null, `subject of "${want.verb}"`).toBe(want.subject);
        }
      }
      if (c.quotes) {
        const found = doc.quotes.map((q) => ({
          content: c.text.slice(q.content.start, q.content.end),
          speaker: q.speaker === null ? null : doc.mentions[q.speaker]!.text,
          kind: q.kind,
        }));
        if (c.quotes_exactly) expect(found).toEqual(c.quotes);
        else for (const q of c.quotes) expect(found).toContainEqual(q);
      }
    });
  }
});
