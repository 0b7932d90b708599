// Files under a folder, recursively and in a stable order; hidden entries skipped; optional globs.
import { readdir, stat } from 'node:fs/promises';
import { join, matchesGlob, relative } from 'node:path';

/** The file extensions read from folders when no --glob is given. */
export const DEFAULT_EXTENSIONS = /\.(txt|md|text|jsonl|ndjson|html?|xhtml|xml|rss|atom)(\.gz)?$/i;

export async function* walk(
  root: string,
  globs: readonly string[] | undefined,
  onError: (path: string, err: Error) => void,
): AsyncGenerator<string> {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      onError(dir, err as Error);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) subdirs.push(path);
      else if (e.isFile() && wanted(relative(root, path), globs)) yield path;
    }
    for (const d of subdirs.reverse()) stack.push(d);
  }
}

const wanted = (rel: string, globs: readonly string[] | undefined): boolean =>
  globs?.length
    ? globs.some((g) => matchesGlob(rel, g) || matchesGlob(rel.split('/').pop()!, g))
    : DEFAULT_EXTENSIONS.test(rel);

/** How many input files `paths` hold and their total size (folders walked with the same filters). */
export async function countFiles(
  paths: readonly string[],
  globs: readonly string[] | undefined,
): Promise<{ files: number; bytes: number }> {
  const total = { files: 0, bytes: 0 };
  const add = async (p: string): Promise<boolean> => {
    try {
      const st = await stat(p);
      if (st.isDirectory()) return true;
      total.bytes += st.size;
    } catch {}
    total.files++;
    return false;
  };
  for (const p of paths) if (await add(p)) for await (const f of walk(p, globs, () => {})) await add(f);
  return total;
}
