// The CAMEO event ontology (data/ontology/cameo.yaml): every CAMEO code with its name, Goldstein
// value, QuadClass and PLOVER conversion. Loaded once at start; a malformed or inconsistent entry is
// reported with file, line and reason and left out, and the rest loads.
import { z } from 'zod';
import { loadYamlList } from '../core/data-file.js';
import { type Issue, issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
import type { OntologyEntry } from './types.js';

const Plover = z
  .object({
    event: z.string().regex(/^[A-Z]+$/, 'a PLOVER event type in capitals'),
    mode: z.string().min(1).nullable(),
    context: z.array(z.string().min(1)),
  })
  .strict();

const Entry = z
  .object({
    code: z
      .string({ error: 'code must be a quoted string so leading zeros stay' })
      .regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'a CAMEO code: root 01–20 and up to two more digits'),
    name: z.string().min(1),
    goldstein: z.number().min(-10).max(10),
    quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    // null: PLOVER drops the code (CAMEO roots 01 and 02 have no PLOVER counterpart).
    plover: Plover.nullable(),
    description: z.string().min(1).optional(),
  })
  .strict();
type Entry = z.infer<typeof Entry>;

export interface Ontology {
  entries: Map<string, OntologyEntry>;
  issues: Issue[];
}

/**
 * Loads the ontology. Codes PLOVER drops get an empty PLOVER event in memory, which is what an
 * event record carries when no PLOVER event applies.
 */
export function loadOntology(file = dataPath('ontology', 'cameo.yaml')): Ontology {
  const { items, lines, issues } = loadYamlList(file, Entry, 'codes');
  const entries = new Map<string, OntologyEntry>();
  if (!items.length) {
    if (!issues.length) issues.push(issue('BAD_DATA', 'no CAMEO codes under "codes"', file));
    return { entries, issues };
  }
  const ploverEvents = loadYamlList(file, z.string().regex(/^[A-Z]+$/), 'plover_events');
  issues.push(...ploverEvents.issues);
  const known = new Set(ploverEvents.items);
  if (!known.size) issues.push(issue('BAD_DATA', 'no PLOVER event types under "plover_events"', file));

  const lineOf = new Map<Entry, number>(items.map((e, i) => [e, lines[i]!]));
  const report = (e: Entry, why: string) =>
    issues.push(issue('BAD_DATA', `${e.code}: ${why}`, file, lineOf.get(e)));

  const byCode = new Map<string, Entry>();
  for (const e of items) {
    if (byCode.has(e.code)) report(e, 'repeated code; the first entry is kept');
    else byCode.set(e.code, e);
  }
  for (const e of byCode.values()) {
    const parent = parentOf(e.code);
    const root = byCode.get(e.code.slice(0, 2));
    if (parent && !byCode.has(parent)) {
      report(e, `its parent code ${parent} is not defined`);
      continue;
    }
    // QuadClass belongs to the root: a code in another quad than its root is a typing slip.
    if (root && e.quad !== root.quad) {
      report(e, `quad ${e.quad} differs from its root ${root.code} (quad ${root.quad})`);
      continue;
    }
    if (e.plover && known.size && !known.has(e.plover.event)) {
      report(e, `unknown PLOVER event ${e.plover.event} (not in plover_events)`);
      continue;
    }
    entries.set(e.code, toEntry(e));
  }
  return { entries, issues };
}

/** The code one level up: '0211' → '021', '021' → '02'; a root has none. */
export const parentOf = (code: string): string | null => (code.length > 2 ? code.slice(0, -1) : null);

function toEntry(e: Entry): OntologyEntry {
  return {
    code: e.code,
    name: e.name,
    goldstein: e.goldstein,
    quad: e.quad,
    plover: e.plover
      ? { event: e.plover.event, mode: e.plover.mode, context: [...e.plover.context] }
      : { event: '', mode: null, context: [] },
    ...(e.description !== undefined && { description: e.description }),
  };
}

/** Loads the ontology's entries and adds its problems to `issues` (the knowledge base's own list). */
export function loadOntologyInto(issues: Issue[], file?: string): Map<string, OntologyEntry> {
  const loaded = loadOntology(file);
  issues.push(...loaded.issues);
  return loaded.entries;
}
