#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../core/config.js';
import { formatIssue } from '../core/issue.js';
import { commands } from './commands/index.js';
import { Exit } from './exit.js';

const program = new Command('dyad')
  .description('Political event data from news: who did what to whom, when and where (CAMEO/PLOVER).')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

// A malformed dyad.config.yaml is said once, whatever the command; the rest of it still applies.
for (const i of loadConfig().issues) process.stderr.write(`dyad: ${formatIssue(i)}\n`);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? Exit.OK : Exit.USAGE;
  } else {
    process.stderr.write(`dyad: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = Exit.FAILURE;
  }
}
