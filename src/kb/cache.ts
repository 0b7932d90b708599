// A JSON cache of validated YAML lists. Parsing YAML is the slow part of loading the knowledge base
// (the KB loads in every worker); a file's validated entries are cached by its path, size and
// modification time, so an edited file is read afresh. DYAD_KB_CACHE=off disables the cache;
// DYAD_CACHE_DIR moves it (default: the system's temporary folder).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { type Loaded, loadYamlList } from '../core/data-file.js';

/** Bump when a schema of src/kb changes what a cached entry holds. */
const CACHE_VERSION = 1;

const cacheDir = (): string =>
  process.env.DYAD_CACHE_DIR ?? join(tmpdir(), `dyad-kb-cache-${process.getuid?.() ?? 0}`);

/** Size and modification time of each existing file: what makes a cache entry stale. */
const stamp = (files: readonly string[]): string =>
  files
    .filter((f) => existsSync(f))
    .map((f) => {
      const st = statSync(f);
      return `${f}\0${st.size}\0${st.mtimeMs}`;
    })
    .join('\0');

/**
 * The JSON-able result of `compute`, cached until one of `files` changes (`files` names the data
 * file and the code that reads it, so an edit to either recomputes).
 */
export function cachedByFiles<T>(files: readonly string[], kind: string, compute: () => T): T {
  if (process.env.DYAD_KB_CACHE === 'off') return compute();
  return throughCache(sha1(`${CACHE_VERSION}\0${kind}\0${stamp(files)}`), compute);
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** The cache entry `id` when there is one, else `compute`'s result, stored for next time if it can be. */
function throughCache<T>(id: string | null, compute: () => T): T {
  if (id === null) return compute();
  const path = join(cacheDir(), `${id}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Not cached yet (or an unreadable entry).
  }
  const result = compute();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, path);
  } catch {
    // A read-only or full disk only costs speed.
  }
  return result;
}

const fingerprints = new WeakMap<z.ZodType, string>();
/**
 * The schema's fields, part of the cache key: an entry cached before a field was added (with its
 * default) is never read back without it.
 */
function fingerprint(schema: z.ZodType): string {
  let f = fingerprints.get(schema);
  if (f === undefined) {
    f = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
    fingerprints.set(schema, f);
  }
  return f;
}

/** loadYamlList through the cache; `kind` names the schema (part of the cache key). */
export function loadListCached<S extends z.ZodType>(
  file: string,
  schema: S,
  kind: string,
  key?: string,
): Loaded<z.infer<S>> {
  if (process.env.DYAD_KB_CACHE === 'off') return loadYamlList(file, schema, key);
  let id: string | null = null;
  try {
    const st = statSync(file);
    id = sha1(
      `${CACHE_VERSION}\0${kind}\0${fingerprint(schema)}\0${key ?? ''}\0${file}\0${st.size}\0${st.mtimeMs}`,
    );
  } catch {
    // An unreadable file: loadYamlList reports it.
  }
  return throughCache(id, () => loadYamlList(file, schema, key));
}
