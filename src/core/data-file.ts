import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Issue, issue } from './issue.js';

export interface Loaded<T> {
  items: T[];
  /** The line of each item in `items`, for messages about it found later. */
  lines: number[];
  issues: Issue[];
}

/**
 * Reads a YAML data file and validates each entry of the list found at `key` (or the top-level
 * list when `key` is omitted) with `schema`. A malformed entry becomes an Issue naming the file, the
 * line and the reason; every valid entry loads.
 */
export function loadYamlList<S extends z.ZodType>(file: string, schema: S, key?: string): Loaded<z.infer<S>> {
  const issues: Issue[] = [];
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    return {
      items: [],
      lines: [],
      issues: [issue('UNREADABLE', `cannot read: ${(err as Error).message}`, file)],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  for (const e of doc.errors) {
    issues.push(issue('BAD_DATA', `YAML: ${e.message.split('\n')[0]}`, file, lines.linePos(e.pos[0]).line));
  }
  if (doc.errors.length) return { items: [], lines: [], issues };
  const node =
    key === undefined ? doc.contents : isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  if (node === undefined || node === null) return { items: [], lines: [], issues };
  if (!isSeq(node)) {
    issues.push(issue('BAD_DATA', `expected a list${key ? ` under "${key}"` : ''}`, file));
    return { items: [], lines: [], issues };
  }
  const items: z.infer<S>[] = [];
  const itemLines: number[] = [];
  for (const entry of node.items) {
    const line = lines.linePos((entry as unknown as { range?: [number] }).range?.[0] ?? 0).line;
    const parsed = schema.safeParse((entry as { toJSON(): unknown }).toJSON());
    if (parsed.success) {
      items.push(parsed.data);
      itemLines.push(line);
    } else {
      const first = parsed.error.issues[0];
      const path = first?.path.length ? `${first.path.join('.')}: ` : '';
      issues.push(issue('BAD_DATA', `${path}${first?.message ?? 'invalid entry'}`, file, line));
    }
  }
  return { items, lines: itemLines, issues };
}

/** Reads a YAML map found at `key` (e.g. synsets), validating each value. */
export function loadYamlMap<S extends z.ZodType>(
  file: string,
  schema: S,
  key: string,
): { entries: Map<string, z.infer<S>>; issues: Issue[] } {
  const issues: Issue[] = [];
  const entries = new Map<string, z.infer<S>>();
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    return { entries, issues: [issue('UNREADABLE', `cannot read: ${(err as Error).message}`, file)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  for (const e of doc.errors) {
    issues.push(issue('BAD_DATA', `YAML: ${e.message.split('\n')[0]}`, file, lines.linePos(e.pos[0]).line));
  }
  if (doc.errors.length) return { entries, issues };
  const node = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  if (!node) return { entries, issues };
  if (!isMap(node)) return { entries, issues: [issue('BAD_DATA', `expected a map under "${key}"`, file)] };
  for (const pair of node.items) {
    const name = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const line = lines.linePos((pair.key as unknown as { range?: [number] })?.range?.[0] ?? 0).line;
    const value = (pair.value as { toJSON?: () => unknown })?.toJSON?.() ?? null;
    const parsed = schema.safeParse(value);
    if (parsed.success) entries.set(name, parsed.data);
    else
      issues.push(issue('BAD_DATA', `${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, file, line));
  }
  return { entries, issues };
}

/** Reads a whole YAML file as one object validated by `schema`; problems become Issues with lines. */
export function readYamlObject<S extends z.ZodType>(
  file: string,
  schema: S,
): { value: z.infer<S> | null; issues: Issue[] } {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    return { value: null, issues: [issue('UNREADABLE', `cannot read: ${(err as Error).message}`, file)] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      value: null,
      issues: doc.errors.map((e) =>
        issue('BAD_DATA', `YAML: ${e.message.split('\n')[0]}`, file, lines.linePos(e.pos[0]).line),
      ),
    };
  }
  const parsed = schema.safeParse(doc.toJSON());
  if (parsed.success) return { value: parsed.data, issues: [] };
  const first = parsed.error.issues[0];
  return {
    value: null,
    issues: [issue('BAD_DATA', `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`, file)],
  };
}
