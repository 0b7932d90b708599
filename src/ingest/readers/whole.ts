// Reading a whole file as text, for formats that need all of it (text, HTML, feeds): size-capped,
// binary files refused, the encoding detected.
import { issue } from '../../core/issue.js';
import { decode, looksBinary } from '../decode.js';
import { readWhole } from '../source.js';
import type { ReadItem, ReadOptions, Source } from '../types.js';

export async function wholeText(source: Source, options: ReadOptions): Promise<string | ReadItem> {
  if (looksBinary(source.head)) return { issue: issue('UNREADABLE', 'binary file, not text', source.path) };
  const bytes = await readWhole(source, options.maxFileBytes ?? 64 * 1024 * 1024);
  if (typeof bytes === 'string') return { issue: issue('UNREADABLE', bytes, source.path) };
  const text = decode(bytes).text;
  if (text.trim() === '') return { issue: issue('EMPTY_INPUT', 'empty file', source.path) };
  return text;
}
