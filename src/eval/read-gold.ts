import { readFileSync } from 'node:fs';
import { type Issue, issue } from '../core/issue.js';
import { GoldArticle } from './gold.js';

export interface GoldSet {
  articles: GoldArticle[];
  issues: Issue[];
}

/** The first problem zod found, with the path into the line (`events.3.date: ...`). */
const firstProblem = (error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string => {
  const first = error.issues[0];
  if (!first) return 'invalid article';
  return `${first.path.length ? `${first.path.map(String).join('.')}: ` : ''}${first.message}`;
};

/**
 * Parses a gold JSONL text: one article per line. A malformed line becomes an Issue naming the file
 * and the line, and every other line is kept. Repeated ids keep the first line.
 */
export function parseGold(source: string, file: string): GoldSet {
  const articles: GoldArticle[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  source.split('\n').forEach((raw, n) => {
    const line = n + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      issues.push(issue('BAD_JSON', `invalid JSON (${(err as Error).message})`, file, line));
      return;
    }
    const parsed = GoldArticle.safeParse(json);
    if (!parsed.success) {
      issues.push(issue('BAD_FIELD', firstProblem(parsed.error), file, line));
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issues.push(
        issue('DUPLICATE', `article "${parsed.data.id}" already given on line ${first}`, file, line),
      );
      return;
    }
    seen.set(parsed.data.id, line);
    articles.push(parsed.data);
  });
  if (articles.length === 0 && issues.length === 0) issues.push(issue('EMPTY_INPUT', 'no articles', file));
  return { articles, issues };
}

/** Reads a gold JSONL file; an unreadable file is one Issue and an empty set. */
export function readGold(file: string): GoldSet {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { articles: [], issues: [issue('UNREADABLE', `cannot read (${reason})`, file)] };
  }
  return parseGold(source, file);
}
