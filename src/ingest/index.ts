// Ingestion: every article in the given files and folders (text, JSONL, HTML, RSS/Atom, any of them
// gzipped), streamed, or an Issue naming the file (and line) and the reason. See docs/ingest.md.
import { stat } from 'node:fs/promises';
import { issue } from '../core/issue.js';
import { readers } from './readers/index.js';
import { openSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';
import { walk } from './walk.js';

export { toIsoDate } from './dates.js';
export { guessEnglish } from './language.js';
export { DEFAULT_FIELDS, readers } from './readers/index.js';
export type { DateSource, JsonlFields, Reader, ReadItem, ReadOptions, Source } from './types.js';

const errMessage = (err: unknown): string =>
  `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;

/**
 * Every article in `paths` (files or folders, read recursively), in order. Bad inputs come out as
 * issues; nothing throws. An id seen earlier in the same run comes out as a DUPLICATE issue.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const seen = new Set<string>();
  for (const path of paths) {
    for await (const item of readPath(path, options)) {
      if ('article' in item) {
        if (seen.has(item.article.id)) {
          yield {
            issue: issue(
              'DUPLICATE',
              `duplicate id "${item.article.id}" (already read in this run), skipped`,
              item.where,
              item.line,
            ),
          };
          continue;
        }
        seen.add(item.article.id);
      }
      yield item;
    }
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (err) {
    yield { issue: issue('UNREADABLE', errMessage(err), path) };
    return;
  }
  if (!isDir) {
    yield* readFile(path, options);
    return;
  }
  const errors: ReadItem[] = [];
  for await (const file of walk(path, options.glob, (p, err) =>
    errors.push({ issue: issue('UNREADABLE', errMessage(err), p) }),
  )) {
    yield* errors.splice(0);
    yield* readFile(file, options);
  }
  yield* errors;
}

/** One file through the first reader that accepts it. */
export async function* readFile(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  let source: Awaited<ReturnType<typeof openSource>>;
  try {
    source = await openSource(path, options.onBytes);
  } catch (err) {
    yield {
      issue: issue(
        'UNREADABLE',
        (err as Error).message.startsWith('not a readable') ? (err as Error).message : errMessage(err),
        path,
      ),
    };
    return;
  }
  if (source.head.length === 0) {
    yield { issue: issue('EMPTY_INPUT', 'empty file', path) };
    return;
  }
  const reader = readers.find((r) => r.detect(source))!;
  try {
    yield* reader.read(source, options);
  } catch (err) {
    yield { issue: issue('UNREADABLE', `${reader.name} reader failed (${(err as Error).message})`, path) };
  }
}
