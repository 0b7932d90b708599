// The readers, in the order they are tried: the first whose `detect` accepts a file reads it.
import type { Reader } from '../types.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonlReader } from './jsonl.js';
import { textReader } from './text.js';

export const readers: readonly Reader[] = [jsonlReader, feedReader, htmlReader, textReader];

export { DEFAULT_FIELDS } from './jsonl.js';
