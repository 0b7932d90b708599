import type { Command } from 'commander';
import { loadConfig } from '../../core/config.js';
import { formatIssue } from '../../core/issue.js';
import { defaultKb, loadKb } from '../../kb/index.js';
import { Exit } from '../exit.js';
import { isIsoDate } from '../input.js';

type ResolveOptions = { date?: string; use?: string; context?: string; json?: boolean; kb?: string[] };

/** Exit code when the text resolves to no actor (the command worked; the answer is "unknown"). */
export const UNKNOWN_EXIT = Exit.FAILURE;

export function register(program: Command): void {
  program
    .command('resolve')
    .description("resolve a mention's text to an actor {code, country, role, name} on a date")
    .argument('<text>', 'the mention ("the Japanese prime minister", "Beijing", "Chinese coast guard")')
    .requiredOption('-d, --date <YYYY-MM-DD>', "the event's date (office-holders and terms depend on it)")
    .option(
      '--use <actor|location>',
      'how the mention is used: a capital as an actor is its government',
      'actor',
    )
    .option(
      '--context <text>',
      'other text of the article (its places decide ambiguous names: Georgia, Congo)',
    )
    .option('--json', 'print the resolution as JSON')
    .option(
      '--kb <dir>',
      'a user knowledge-base overlay folder (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .addHelpText(
      'after',
      `
Exit code: 0 an actor was found, 1 unknown (the reason is printed), 2 usage error.
Examples:
  dyad resolve "the Japanese prime minister" --date 2026-01-03
  dyad resolve Beijing --date 2026-01-03 --use location
  dyad resolve Georgia --date 2025-01-01 --context "Protesters filled the streets of Tbilisi"`,
    )
    .action((text: string, opts: ResolveOptions) => {
      if (!opts.date || !isIsoDate(opts.date)) {
        process.stderr.write(`dyad resolve: --date "${opts.date}" is not a date (YYYY-MM-DD)\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      if (opts.use !== 'actor' && opts.use !== 'location') {
        process.stderr.write(`dyad resolve: --use must be actor or location, not "${opts.use}"\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const kb = opts.kb?.length ? loadKb({ overlays: [...loadConfig().kb, ...opts.kb] }) : defaultKb();
      for (const i of kb.issues) process.stderr.write(`${formatIssue(i)}\n`);
      const r = kb.resolve(text, opts.date, {
        use: opts.use,
        ...(opts.context !== undefined && { articleText: opts.context }),
      });
      if (opts.json) process.stdout.write(`${JSON.stringify({ text, date: opts.date, ...r }, null, 2)}\n`);
      else if (r.actor) {
        const a = r.actor;
        process.stdout.write(
          `${a.code}  country ${a.country ?? '-'}  role ${a.role ?? '-'}  name ${a.name ?? '-'}\n` +
            `rule: ${r.rule}\n`,
        );
      } else {
        const partial = r.partial ? `  (understood: ${JSON.stringify(r.partial)})` : '';
        process.stdout.write(`unknown: ${r.reason}${partial}\n`);
      }
      process.exitCode = r.actor ? Exit.OK : UNKNOWN_EXIT;
    });
}
