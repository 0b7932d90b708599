// JSONL: one article per line, streamed (a file of any size is never loaded whole). Field names are
// configurable (--fields); other fields are ignored. A line over the size limit is reported, not read.
import { basename } from 'node:path';
import { issue } from '../../core/issue.js';
import { accept } from '../accept.js';
import { toIsoDate } from '../dates.js';
import { decode } from '../decode.js';
import { splitLines } from '../lines.js';
import { gzipMessage } from '../source.js';
import type { JsonlFields, Reader, ReadItem, ReadOptions, Source } from '../types.js';

export const DEFAULT_FIELDS: JsonlFields = {
  id: 'id',
  text: 'text',
  published: 'published',
  title: 'title',
  url: 'url',
  source: 'source',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export const jsonlReader: Reader = {
  name: 'jsonl',
  detect: (s) => /\.(jsonl|ndjson)$/i.test(s.name),
  read: readJsonl,
};

async function* readJsonl(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const f = { ...DEFAULT_FIELDS, ...options.fields };
  const max = options.maxLineBytes ?? 32 * 1024 * 1024;
  const path = source.path;
  let rows = 0;
  try {
    for await (const line of splitLines(source.stream(), max)) {
      if (!line.bytes) {
        yield {
          issue: issue(
            'UNREADABLE',
            `line of ${line.length} bytes is over the ${max}-byte limit, skipped`,
            path,
            line.n,
          ),
        };
        continue;
      }
      const text = decode(line.bytes).text;
      if (text.trim() === '') continue;
      rows++;
      yield rowItem(text, path, line.n, f, options);
    }
  } catch (err) {
    yield { issue: issue('UNREADABLE', gzipMessage(err as Error), path) };
    return;
  }
  if (rows === 0) yield { issue: issue('EMPTY_INPUT', 'empty file (no JSON lines)', path) };
}

function rowItem(text: string, path: string, n: number, f: JsonlFields, options: ReadOptions): ReadItem {
  let row: unknown;
  try {
    row = JSON.parse(text);
  } catch (err) {
    return { issue: issue('BAD_JSON', `invalid JSON (${(err as Error).message.slice(0, 120)})`, path, n) };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return { issue: issue('BAD_JSON', 'not a JSON object', path, n) };
  const r = row as Record<string, unknown>;
  const body = str(r[f.text]);
  if (!body) return { issue: issue('BAD_FIELD', `no "${f.text}" text`, path, n) };
  let published = toIsoDate(r[f.published]);
  let dateSource: 'field' | 'option' = 'field';
  if (!published && options.date && r[f.published] === undefined) {
    published = options.date;
    dateSource = 'option';
  }
  if (!published)
    return {
      issue: issue(
        'BAD_DATE',
        `no valid "${f.published}" date (${JSON.stringify(r[f.published] ?? null)?.slice(0, 60)})`,
        path,
        n,
      ),
    };
  const rawId = r[f.id];
  const id =
    typeof rawId === 'string' && rawId !== ''
      ? rawId
      : typeof rawId === 'number'
        ? String(rawId)
        : `${basename(path)}:${n}`;
  const title = str(r[f.title]);
  const url = str(r[f.url]);
  const src = str(r[f.source]);
  return accept(
    {
      id,
      text: body,
      published,
      ...(title && { title }),
      ...(url && { url }),
      ...(src && { source: src }),
    },
    path,
    n,
    dateSource,
    options,
  );
}
