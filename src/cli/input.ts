import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Exit } from './exit.js';

/** Reads the text a command was given: a file, `-` for standard input, or the text itself. */
export function readTextArgument(arg: string | undefined): { text: string; name: string } {
  if (arg === undefined || arg === '-') return { text: readFileSync(0, 'utf8'), name: 'stdin' };
  if (existsSync(arg)) return { text: readFileSync(arg, 'utf8'), name: basename(arg) };
  if (/\s/.test(arg)) return { text: arg, name: 'text' };
  throw new Error(`${arg}: no such file (give a file, - for standard input, or the text itself in quotes)`);
}

export const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * The text and publication date a command was given, checked: on a problem, prints one line naming
 * the command and the reason, sets the usage exit code and returns null.
 */
export function textAndDate(
  command: string,
  input: string,
  date: string,
): { text: string; name: string } | null {
  const fail = (message: string) => {
    process.stderr.write(`dyad ${command}: ${message}\n`);
    process.exitCode = Exit.USAGE;
    return null;
  };
  if (!isIsoDate(date)) return fail(`--date "${date}" is not a date (YYYY-MM-DD)`);
  try {
    return readTextArgument(input);
  } catch (err) {
    return fail((err as Error).message);
  }
}
