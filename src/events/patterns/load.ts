import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadYamlList, loadYamlMap } from '../../core/data-file.js';
import { type Issue, issue } from '../../core/issue.js';
import { dataPath } from '../../core/paths.js';
import { anchorKeys, compilePattern } from './compile.js';
import { NO_EVENT, type Pattern, PatternEntry, SynsetMembers } from './schema.js';

export interface PatternSet {
  patterns: Pattern[];
  /** Patterns by the first word of their anchor (lemma or lower-cased form). */
  byAnchor: Map<string, Pattern[]>;
  issues: Issue[];
}

/**
 * Loads every `*.yaml` of the pattern folders (Dyad's own `data/patterns`, then each overlay folder):
 * synsets first (all files share them), then patterns. Bad entries are reported and skipped. An
 * overlay pattern with the id of an earlier one replaces it.
 */
export function loadPatterns(
  dirs: readonly string[] = [dataPath('patterns')],
  knownCodes?: ReadonlySet<string>,
): PatternSet {
  const issues: Issue[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    try {
      files.push(
        ...readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => join(dir, f)),
      );
    } catch (err) {
      issues.push(issue('UNREADABLE', `cannot read pattern folder: ${(err as Error).message}`, dir));
    }
  }
  const synsets = new Map<string, string[]>();
  for (const file of files) {
    const { entries, issues: bad } = loadYamlMap(file, SynsetMembers, 'synsets');
    issues.push(...bad);
    for (const [name, members] of entries) synsets.set(name, [...(synsets.get(name) ?? []), ...members]);
  }
  const byId = new Map<string, Pattern>();
  // Where each id was first given: an id given twice in one folder is a mistake; in a later folder
  // (an overlay), a replacement.
  const idFile = new Map<string, string>();
  let order = 0;
  for (const file of files) {
    const { items, issues: bad } = loadYamlList(file, PatternEntry, 'patterns');
    issues.push(...bad);
    for (const entry of items) {
      const compiled = compilePattern(entry, synsets, file, order++);
      if (typeof compiled === 'string') {
        issues.push(issue('BAD_DATA', `pattern ${entry.id}: ${compiled}`, file));
        continue;
      }
      if (knownCodes && entry.code !== NO_EVENT && !knownCodes.has(entry.code)) {
        issues.push(issue('BAD_DATA', `pattern ${entry.id}: unknown CAMEO code ${entry.code}`, file));
        continue;
      }
      const first = idFile.get(entry.id);
      if (first !== undefined && dirname(first) === dirname(file)) {
        issues.push(issue('BAD_DATA', `pattern ${entry.id}: the id is already used in ${first}`, file));
        continue;
      }
      idFile.set(entry.id, file);
      byId.set(entry.id, compiled);
    }
  }
  const patterns = [...byId.values()];
  const byAnchor = indexByAnchor(patterns);
  // A file with a YAML error is reported by both passes (synsets, patterns): once is enough.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.code}|${i.where}|${i.line}|${i.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return { patterns, byAnchor, issues: unique };
}

/** Patterns by the first word of their anchor, in load order (the coder tries them by the word it meets). */
export function indexByAnchor(patterns: readonly Pattern[]): Map<string, Pattern[]> {
  const byAnchor = new Map<string, Pattern[]>();
  for (const p of patterns) {
    for (const key of anchorKeys(p)) {
      const list = byAnchor.get(key);
      if (list) list.push(p);
      else byAnchor.set(key, [p]);
    }
  }
  return byAnchor;
}
