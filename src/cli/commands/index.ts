import type { Command } from 'commander';
import { register as code } from './code.js';

/** Each command registers itself on the program. One file per command; order is the help order. */
export const commands: ReadonlyArray<(program: Command) => void> = [
  code,
];
