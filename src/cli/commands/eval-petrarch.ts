import type { Command } from 'commander';
import { formatIssue } from '../../core/issue.js';
import { runRecords } from '../../petrarch/run.js';
import { Exit } from '../exit.js';

interface Options {
  dictDir?: string;
  json?: boolean;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval-petrarch')
    .description(
      'code a PETRARCH records file (PETR.UnitTest.records.xml) from its raw text with the dictionaries its <Environment> names, and score the codings',
    )
    .argument('<file>', 'PETRARCH validation records (XML)')
    .option('--dict-dir <dir>', "folder of the dictionaries (default: the records file's folder)")
    .option('--json', 'print the report as JSON')
    .option('-v, --verbose', 'list each failing record with its missing and extra codings')
    .action((file: string, opts: Options) => {
      let run: ReturnType<typeof runRecords>;
      try {
        run = runRecords(file, opts.dictDir);
      } catch (err) {
        process.stderr.write(`dyad eval-petrarch: ${file}: cannot read (${(err as Error).message})\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      const { records, results, report, translation, issues, notApplicable } = run;
      if (records.length === 0) {
        for (const i of issues) process.stderr.write(`dyad eval-petrarch: ${formatIssue(i)}\n`);
        process.stderr.write(`dyad eval-petrarch: ${file}: no records\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ ...report, translation, issues: issues.length, notApplicable, failures: results.filter((r) => !r.pass) }, null, 2)}\n`,
        );
      } else {
        const rows = Object.entries(report.categories).sort(([a], [b]) => a.localeCompare(b));
        const line = (name: string, f: (typeof report)['total']) =>
          `${name.padEnd(12)} ${String(f.records).padStart(7)} ${String(f.passed).padStart(6)} ${String(f.expected).padStart(8)} ${String(f.correct).padStart(7)} ${String(f.missing).padStart(7)} ${String(f.extra).padStart(5)}`;
        const out = [
          `${'category'.padEnd(12)} ${'records'.padStart(7)} ${'passed'.padStart(6)} ${'expected'.padStart(8)} ${'correct'.padStart(7)} ${'missing'.padStart(7)} ${'extra'.padStart(5)}`,
          ...rows.map(([name, f]) => line(name, f)),
          line('ALL', report.total),
          '',
          `pass rate (correct / expected codings): ${report.passRate}`,
          `extra codings / expected codings:       ${report.extraRate}`,
          `records fully right:                     ${report.recordPassRate}`,
          `verb patterns translated: ${translation.translated} of ${translation.patterns}; dictionary issues: ${issues.length}`,
          ...(notApplicable.length
            ? [`not scored (they test a broken <Parse>, which Dyad never reads): ${notApplicable.join(', ')}`]
            : []),
        ];
        if (opts.verbose) {
          const show = (c: { source: string; target: string; code: string }) =>
            `${c.source || '-'} ${c.target || '-'} ${c.code}`;
          for (const r of results.filter((x) => !x.pass)) {
            const text = records.find((x) => x.id === r.id)?.text ?? '';
            out.push('', `${r.id} [${r.category}] ${text}`);
            for (const m of r.missing) out.push(`  missing ${show(m)}`);
            for (const e of r.extra) out.push(`  extra   ${show(e)}`);
          }
        }
        process.stdout.write(`${out.join('\n')}\n`);
      }
      process.exitCode = Exit.OK;
    });
}
