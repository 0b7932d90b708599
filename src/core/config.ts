import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readYamlObject } from './data-file.js';
import type { Issue } from './issue.js';

/**
 * The user's configuration: `dyad.config.yaml` in the working directory, or the file `DYAD_CONFIG`
 * names. It lists the user's own data folders that Dyad loads on top of its own, so every command
 * (and every ingest worker) codes with them:
 *
 * ```yaml
 * kb: [my-kb]              # knowledge-base overlay folders (docs/kb.md)
 * patterns: [my-patterns]  # extra pattern folders (docs/patterns.md)
 * ```
 * Paths are relative to the config file.
 */
export interface Config {
  kb: string[];
  patterns: string[];
  /** The file read, if any. */
  file?: string;
  issues: Issue[];
}

const ConfigFile = z.object({
  kb: z.array(z.string()).default([]),
  patterns: z.array(z.string()).default([]),
});

let cached: Config | undefined;

export function loadConfig(): Config {
  if (cached) return cached;
  const file = process.env.DYAD_CONFIG ?? resolve('dyad.config.yaml');
  if (!existsSync(file)) {
    cached = { kb: [], patterns: [], issues: [] };
    return cached;
  }
  const { value, issues } = readYamlObject(file, ConfigFile);
  const base = dirname(file);
  cached = {
    kb: (value?.kb ?? []).map((p) => resolve(base, p)),
    patterns: (value?.patterns ?? []).map((p) => resolve(base, p)),
    file,
    issues,
  };
  return cached;
}
