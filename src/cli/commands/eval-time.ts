import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { analyse, loadEngine } from '../../pipeline/index.js';
import { scoreTimes } from '../../time/score.js';
import { readTimeML } from '../../time/timeml.js';
import { Exit } from '../exit.js';

export function register(program: Command): void {
  program
    .command('eval-time')
    .description('score time-expression tagging on TimeML (.tml) documents with the TempEval-3 measures')
    .argument('<dir>', 'a folder of .tml files (e.g. ../shared/eval/timeml/te3-platinum)')
    .option('--json', 'the figures as JSON')
    .option('--verbose', 'list every error: missed, spurious, wrong value, wrong type')
    .action((dir: string, opts: { json?: boolean; verbose?: boolean }) => {
      let files: string[];
      try {
        files = readdirSync(dir)
          .filter((f) => f.endsWith('.tml'))
          .sort();
      } catch (err) {
        process.stderr.write(
          `dyad eval-time: ${dir}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`,
        );
        process.exitCode = Exit.FAILURE;
        return;
      }
      const engine = loadEngine();
      const docs = [];
      let bad = 0;
      for (const f of files) {
        const doc = readTimeML(f, readFileSync(join(dir, f), 'utf8'));
        if (typeof doc === 'string') {
          process.stderr.write(`dyad eval-time: ${join(dir, f)}: ${doc}\n`);
          bad++;
          continue;
        }
        // The whole language layer runs, so the time module gets the clause tenses it uses in production.
        const analysed = analyse({ id: doc.id, text: doc.text, published: doc.dct }, engine);
        docs.push({ gold: doc.timexes, predicted: analysed.times });
      }
      const { scores, errors } = scoreTimes(docs);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ documents: docs.length, ...scores, relaxed_f1: scores.relaxed.f1, strict_f1: scores.strict.f1, errors: { missed: errors.missed.length, spurious: errors.spurious.length, wrong_value: errors.wrongValue.length, wrong_type: errors.wrongType.length } }, null, 2)}\n`,
        );
      } else {
        const pct = (x: number) => (100 * x).toFixed(1);
        const lines = [
          `Dyad eval-time: ${docs.length} documents, ${scores.gold} gold expressions, ${scores.predicted} predicted`,
          `  relaxed span  P ${pct(scores.relaxed.precision)}  R ${pct(scores.relaxed.recall)}  F1 ${pct(scores.relaxed.f1)}`,
          `  strict span   P ${pct(scores.strict.precision)}  R ${pct(scores.strict.recall)}  F1 ${pct(scores.strict.f1)}`,
          `  type accuracy ${pct(scores.type_accuracy)}   value accuracy ${pct(scores.value_accuracy)}`,
          `  value F1 ${pct(scores.value_f1)}   type F1 ${pct(scores.type_f1)}`,
          `  errors: ${errors.missed.length} missed, ${errors.spurious.length} spurious, ${errors.wrongValue.length} wrong value, ${errors.wrongType.length} wrong type`,
        ];
        if (opts.verbose) {
          lines.push('', 'missed:', ...errors.missed.map((g) => `  "${g.text}" ${g.type} ${g.value}`));
          lines.push(
            '',
            'spurious:',
            ...errors.spurious.map((p) => `  "${p.text}" ${p.type} ${p.value} (${p.rule})`),
          );
          lines.push(
            '',
            'wrong value:',
            ...errors.wrongValue.map(
              (e) =>
                `  "${e.gold.text}" gold ${e.gold.value}, got "${e.predicted.text}" ${e.predicted.value}`,
            ),
          );
          lines.push(
            '',
            'wrong type:',
            ...errors.wrongType.map((e) => `  "${e.gold.text}" gold ${e.gold.type}, got ${e.predicted.type}`),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = bad ? Exit.PARTIAL : Exit.OK;
    });
}
