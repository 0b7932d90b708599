import type { Command } from 'commander';
import { formatIssue, type Issue, issue } from '../../core/issue.js';
import {
  type EvalReport,
  formatTable,
  type GoldArticle,
  type PredictedEvent,
  readGold,
  readPredictions,
  score,
} from '../../eval/index.js';
import { Exit } from '../exit.js';

interface Options {
  json?: boolean;
  verbose?: boolean;
  predictions?: string;
  dictionaries?: string;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'score the engine (or a predictions file) on a gold JSONL file, as ../shared/eval/FORMAT.md defines',
    )
    .argument('<gold>', 'gold set: one article per line with its events and must_not entries')
    .option(
      '--predictions <file>',
      'score these {"id", "events"} lines (dyad code --format jsonl) instead of running the engine',
    )
    .option(
      '--dictionaries <spec>',
      "petrarch:DIR runs the engine with PETRARCH's dictionaries instead of Dyad's own",
    )
    .option('--json', 'print the whole report as JSON')
    .option('-v, --verbose', 'list each missed gold event, false positive, near miss and must_not violation')
    .addHelpText(
      'after',
      `
Figures (see docs/eval.md): root match and strict P/R/F1 (micro-averaged), date and status accuracy
over root-matched events, must_not violations; then per root code and per article.

Exit codes: 0 scored; 1 the gold or predictions file cannot be read or holds no article;
2 bad arguments; 3 scored, but some lines were malformed (reported on stderr and skipped).

Examples:
  dyad eval ../shared/eval/dev.jsonl
  dyad eval ../shared/eval/dev.jsonl --verbose
  dyad code ../shared/eval/dev.jsonl --format jsonl > out.jsonl && dyad eval ../shared/eval/dev.jsonl --predictions out.jsonl --json`,
    )
    .action(async (goldFile: string, opts: Options) => {
      const gold = readGold(goldFile);
      const inputIssues: Issue[] = [...gold.issues];
      if (gold.articles.length === 0) {
        for (const i of inputIssues) process.stderr.write(`dyad eval: ${formatIssue(i)}\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      let predictions: Map<string, PredictedEvent[]>;
      let rootNames: ReadonlyMap<string, string> | undefined;
      if (opts.predictions) {
        const read = readPredictions(opts.predictions);
        inputIssues.push(...read.issues);
        if (read.issues.some((i) => i.code === 'UNREADABLE')) {
          for (const i of inputIssues) process.stderr.write(`dyad eval: ${formatIssue(i)}\n`);
          process.exitCode = Exit.FAILURE;
          return;
        }
        predictions = read.predictions;
        rootNames = await kbRootNames();
      } else {
        let run: Awaited<ReturnType<typeof runEngine>>;
        try {
          run = await runEngine(gold.articles, opts.dictionaries);
        } catch (err) {
          process.stderr.write(
            `dyad eval: the engine cannot be loaded (${(err as Error).message.split('\n')[0]}); score a file with --predictions\n`,
          );
          process.exitCode = Exit.FAILURE;
          return;
        }
        predictions = run.predictions;
        rootNames = run.rootNames;
        inputIssues.push(...run.issues);
      }
      const report: EvalReport = score(gold.articles, predictions);
      report.issues = [...inputIssues, ...report.issues];
      for (const i of inputIssues) process.stderr.write(`dyad eval: ${formatIssue(i)}\n`);
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : formatTable(report, { verbose: opts.verbose ?? false, ...(rootNames && { rootNames }) }),
      );
      process.exitCode = inputIssues.length ? Exit.PARTIAL : Exit.OK;
    });
}

/**
 * Codes each gold article with the engine (loaded lazily, so `--predictions` works without it).
 * An article the engine fails on is an issue and is scored as predicting nothing.
 */
async function runEngine(
  articles: readonly GoldArticle[],
  dictionaries?: string,
): Promise<{
  predictions: Map<string, PredictedEvent[]>;
  rootNames: ReadonlyMap<string, string>;
  issues: Issue[];
}> {
  const { codeArticle, loadEngine } = await import('../../pipeline/index.js');
  const petrarch = dictionaries
    ? (await import('../../petrarch/engine.js')).engineForDictionaries(dictionaries)
    : undefined;
  if (typeof petrarch === 'string') throw new Error(petrarch);
  const engine = petrarch ?? loadEngine();
  try {
    const { loadGazetteer } = await import('../../geo/index.js');
    await loadGazetteer();
  } catch {
    // Without the gazetteer events lack coordinates, which the scorer does not read.
  }
  const issues: Issue[] = [];
  const predictions = new Map<string, PredictedEvent[]>();
  for (const a of articles) {
    try {
      const coded = codeArticle(
        { id: a.id, text: a.text, published: a.published, ...(a.title && { title: a.title }) },
        { engine },
      );
      predictions.set(a.id, coded.events);
    } catch (err) {
      issues.push(issue('INTERNAL', `the engine failed: ${(err as Error).message}`, a.id));
      predictions.set(a.id, []);
    }
  }
  const rootNames = new Map(
    [...engine.kb.ontology].filter(([c]) => c.length === 2).map(([c, e]) => [c, e.name]),
  );
  return { predictions, rootNames, issues };
}

/** Root code names from the knowledge base, or none when it cannot be loaded. */
async function kbRootNames(): Promise<ReadonlyMap<string, string> | undefined> {
  try {
    const { defaultKb } = await import('../../kb/index.js');
    const kb = defaultKb();
    return new Map([...kb.ontology].filter(([c]) => c.length === 2).map(([c, e]) => [c, e.name]));
  } catch {
    return undefined;
  }
}
