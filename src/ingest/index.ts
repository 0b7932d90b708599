// Interim readers (lead): text files (with optional front matter), JSONL and folders, enough for
// `dyad ingest` and `dyad demo`. The ingestion work (issue 7) replaces this file with the full set
// (HTML, feeds, .gz, encodings, languages, streaming).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Article } from '../core/article.js';
import { type Issue, issue } from '../core/issue.js';

export type ReadItem = { article: Article; where: string; line?: number } | { issue: Issue };

export interface ReadOptions {
  /** Publication date for text files that do not give one. */
  date?: string;
}

const isDate = (s: unknown): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10)));

/** Every article in the given files and folders, or an issue naming the file (and line) and the reason. */
export function* readInputs(paths: readonly string[], options: ReadOptions = {}): Generator<ReadItem> {
  for (const path of paths) yield* readPath(path, options);
}

function* readPath(path: string, options: ReadOptions): Generator<ReadItem> {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (err) {
    yield {
      issue: issue(
        'UNREADABLE',
        `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        path,
      ),
    };
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const child = join(path, name);
      if (statSync(child).isDirectory() || ['.txt', '.jsonl', '.md'].includes(extname(name)))
        yield* readPath(child, options);
    }
    return;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    yield {
      issue: issue(
        'UNREADABLE',
        `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        path,
      ),
    };
    return;
  }
  if (text.trim() === '') {
    yield { issue: issue('EMPTY_INPUT', 'empty file', path) };
    return;
  }
  if (text.includes('\u0000')) {
    yield { issue: issue('UNREADABLE', 'binary file, not text', path) };
    return;
  }
  if (extname(path) === '.jsonl') yield* readJsonl(path, text);
  else yield readText(path, text, options);
}

function* readJsonl(path: string, text: string): Generator<ReadItem> {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      yield { issue: issue('BAD_JSON', `invalid JSON (${(err as Error).message})`, path, n + 1) };
      continue;
    }
    if (typeof row.text !== 'string' || row.text.trim() === '') {
      yield { issue: issue('BAD_FIELD', 'no "text"', path, n + 1) };
      continue;
    }
    if (!isDate(row.published)) {
      yield {
        issue: issue(
          'BAD_DATE',
          `no valid "published" date (${JSON.stringify(row.published ?? null)})`,
          path,
          n + 1,
        ),
      };
      continue;
    }
    const id =
      typeof row.id === 'string' || typeof row.id === 'number'
        ? String(row.id)
        : `${basename(path)}:${n + 1}`;
    yield {
      article: {
        id,
        text: row.text,
        published: row.published.slice(0, 10),
        ...(typeof row.title === 'string' && { title: row.title }),
        ...(typeof row.url === 'string' && { url: row.url }),
        ...(typeof row.source === 'string' && { source: row.source }),
      },
      where: path,
      line: n + 1,
    };
  }
}

/** A text file; front matter between `---` lines may give title, date (or published), source, url, id. */
function readText(path: string, raw: string, options: ReadOptions): ReadItem {
  let body = raw;
  const meta: Record<string, string> = {};
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = raw.slice(fm[0].length);
  }
  const published =
    meta.published ?? meta.date ?? options.date ?? /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1];
  if (!isDate(published)) {
    return {
      issue: issue(
        'BAD_DATE',
        'no publication date (give --date, a front-matter date, or a date in the file name)',
        path,
      ),
    };
  }
  return {
    article: {
      id: meta.id ?? basename(path, extname(path)),
      text: body.trim(),
      published: published.slice(0, 10),
      ...(meta.title && { title: meta.title }),
      ...(meta.url && { url: meta.url }),
      ...(meta.source && { source: meta.source }),
    },
    where: path,
  };
}
