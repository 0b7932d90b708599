import type { Article } from '../core/article.js';
import type { Issue } from '../core/issue.js';

/** One thing read from the inputs: an article with where it came from, or an issue saying why not. */
export type ReadItem =
  | { article: Article; where: string; line?: number; dateSource?: DateSource }
  | { issue: Issue };

/** Where an article's publication date came from (kept so a guessed date can be told apart). */
export type DateSource =
  | 'field'
  | 'front-matter'
  | 'meta'
  | 'json-ld'
  | 'time-element'
  | 'url'
  | 'file-name'
  | 'option';

/** Field names a JSONL row is read with (other fields are ignored). */
export interface JsonlFields {
  id: string;
  text: string;
  published: string;
  title: string;
  url: string;
  source: string;
}

export interface ReadOptions {
  /** Publication date for inputs that do not give one (`YYYY-MM-DD`). */
  date?: string;
  /** Only files whose path (relative to the folder given) matches one of these globs. */
  glob?: string[];
  /** JSONL field names, for those that differ from the defaults. */
  fields?: Partial<JsonlFields>;
  /** Longest JSONL line read, in bytes; a longer line is reported, not loaded (default 32 MB). */
  maxLineBytes?: number;
  /** Largest whole file (text, HTML, feed) read, in bytes (default 64 MB). */
  maxFileBytes?: number;
  /** Keep articles that do not look English (default: skip them with a NOT_ENGLISH issue). */
  anyLanguage?: boolean;
  /** Told how many bytes were read from disk, as they are read (for progress). */
  onBytes?: (n: number) => void;
}

/** An opened input: its path and its bytes (already gunzipped), streamed or whole. */
export interface Source {
  path: string;
  /** The name with `.gz` removed, for picking a reader by extension. */
  name: string;
  /** The first bytes (decompressed), for sniffing. */
  head: Buffer;
  /** Streams the decompressed bytes. */
  stream(): AsyncIterable<Buffer>;
}

/** A reader for one format: chosen by the first whose `detect` says yes (an ordered list). */
export interface Reader {
  name: string;
  detect(source: Source): boolean;
  read(source: Source, options: ReadOptions): AsyncIterable<ReadItem>;
}
