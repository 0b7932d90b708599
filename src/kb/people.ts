// Office-holders with dated terms (data/actors/people/*.yaml and overlays' people/*.yaml).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Issue } from '../core/issue.js';
import { loadListCached } from './cache.js';
import { day } from './text.js';

const DateText = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString() : v));

const Term = z.object({
  office: z.string(),
  title: z.string().optional(),
  role: z.string().length(3),
  org: z.string().optional(),
  start: DateText,
  end: z.union([DateText, z.null()]),
});
export const Person = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  gender: z.enum(['m', 'f']).optional(),
  country: z.string().length(3),
  default_role: z.string().length(3).default('ELI'),
  terms: z.array(Term).default([]),
});
export type Person = z.infer<typeof Person>;
export type Term = z.infer<typeof Term>;

/** The YAML files of a people folder, in name order (so later files override earlier ones by id). */
export function peopleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Loads people from `files` in order; a later entry with the same id replaces the earlier one. */
export function loadPeople(files: readonly string[], issues: Issue[]): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const file of files) {
    const { items, issues: bad } = loadListCached(file, Person, 'person');
    issues.push(...bad);
    for (const p of items) people.set(p.id, p);
  }
  return people;
}

/** The term of `p` in force on `date` (YYYY-MM-DD), both ends included. */
export const termOn = (p: Person, date: string, office?: string): Term | undefined =>
  p.terms.find(
    (t) =>
      (office === undefined || t.office === office) &&
      day(t.start) <= date &&
      (t.end === null || date <= day(t.end)),
  );
