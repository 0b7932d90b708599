import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Reads the text a command was given: a file, `-` for standard input, or the text itself. */
export function readTextArgument(arg: string | undefined): { text: string; name: string } {
  if (arg === undefined || arg === '-') return { text: readFileSync(0, 'utf8'), name: 'stdin' };
  if (existsSync(arg)) return { text: readFileSync(arg, 'utf8'), name: basename(arg) };
  if (/\s/.test(arg)) return { text: arg, name: 'text' };
  throw new Error(`${arg}: no such file (give a file, - for standard input, or the text itself in quotes)`);
}

export const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
