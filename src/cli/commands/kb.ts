import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.js';
import { formatIssue } from '../../core/issue.js';
import { defaultKb, loadKb } from '../../kb/index.js';
import {
  type Imported,
  importActors,
  importAgents,
  isAgentsFile,
  writeOverlay,
} from '../../kb/petrarch-import.js';
import { Exit } from '../exit.js';

const collect = (v: string, acc: string[]) => [...acc, v];

export function register(program: Command): void {
  const kb = program.command('kb').description("inspect and extend Dyad's knowledge base");

  kb.command('stats')
    .description('count countries/territories, people, organisations, CAMEO codes, role nouns and places')
    .option('--json', 'print the counts as JSON')
    .option('--kb <dir>', 'a user overlay folder (repeatable)', collect, [])
    .action((opts: { json?: boolean; kb: string[] }) => {
      const t0 = performance.now();
      const k = opts.kb.length ? loadKb({ overlays: [...loadConfig().kb, ...opts.kb] }) : defaultKb();
      const ms = Math.round(performance.now() - t0);
      for (const i of k.issues) process.stderr.write(`${formatIssue(i)}\n`);
      const stats = k.stats();
      if (opts.json)
        process.stdout.write(`${JSON.stringify({ ...stats, load_ms: ms, issues: k.issues.length })}\n`);
      else {
        const rows: Array<[string, number | undefined]> = [
          ['countries/territories', stats.countries],
          ['people', stats.people],
          ['people with terms', stats.people_with_terms],
          ['organisations', stats.organisations],
          ['CAMEO codes', stats.cameo_codes],
          ['agents (role nouns)', stats.agents],
          ['ambiguous names', stats.ambiguous_names],
          ['places', stats.places],
          ...Object.entries(stats)
            .filter(([k]) => k.startsWith('places_'))
            .map(([k, n]): [string, number] => [`  ${k.slice('places_'.length)}`, n]),
          ['lexicon phrases', stats.phrases],
        ];
        for (const [label, n] of rows) process.stdout.write(`${label.padEnd(24)}${n ?? 0}\n`);
        process.stdout.write(`${'issues'.padEnd(24)}${k.issues.length}\nloaded in ${ms} ms\n`);
      }
      process.exitCode = k.issues.length ? Exit.PARTIAL : Exit.OK;
    });

  kb.command('import-petrarch')
    .description("read PETRARCH actor and agent dictionaries into Dyad's YAML formats (an overlay folder)")
    .argument('<files...>', 'Phoenix.*.actors.txt-style actor files and *agents*.txt agent files')
    .requiredOption('--out <dir>', 'the overlay folder to write (use it with --kb DIR)')
    .addHelpText(
      'after',
      `
Example:
  dyad kb import-petrarch Phoenix.Countries.actors.txt Phoenix.agents.txt --out my-kb
  dyad resolve "Arnor" --date 1995-01-01 --kb my-kb`,
    )
    .action((files: string[], opts: { out: string }) => {
      const out: Imported = { countries: [], people: [], organisations: [], agents: [], issues: [] };
      for (const file of files) {
        let source: string;
        try {
          source = readFileSync(file, 'utf8');
        } catch (err) {
          process.stderr.write(`dyad kb import-petrarch: ${(err as Error).message}\n`);
          process.exitCode = Exit.FAILURE;
          return;
        }
        if (isAgentsFile(file)) importAgents(source, file, out);
        else importActors(source, file, out);
      }
      for (const i of out.issues) process.stderr.write(`${formatIssue(i)}\n`);
      const written = writeOverlay(opts.out, out);
      process.stdout.write(
        `${out.countries.length} country entries, ${out.people.length} people, ${out.organisations.length} organisation entries, ${out.agents.length} agents; ` +
          `${out.issues.length} lines skipped\n${written.map((w) => `wrote ${w}`).join('\n')}\n`,
      );
      process.exitCode = out.issues.length ? Exit.PARTIAL : Exit.OK;
    });
}
