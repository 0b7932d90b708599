import type { Command } from 'commander';
import type { CodeTrace } from '../../events/index.js';
import { codeArticle } from '../../pipeline/index.js';
import { eventTable } from '../format.js';
import { textAndDate } from '../input.js';
import { attemptLines, sentenceLayers } from '../layers.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description(
      'show how a sentence (or text) is coded: clauses, mentions and how they resolved, each pattern tried and why it fired or not',
    )
    .argument('<text>', 'the sentence itself in quotes, a file, or - for stdin')
    .requiredOption('-d, --date <YYYY-MM-DD>', 'publication date')
    .option('--all', 'list every pattern tried, not only the ones that fired')
    .option('--json', 'the trace as JSON')
    .action((input: string, opts: { date: string; all?: boolean; json?: boolean }) => {
      const given = textAndDate('explain', input, opts.date);
      if (!given) return;
      const { text } = given;
      const trace: CodeTrace = { attempts: [], discarded: [] };
      const { doc, syntax, events } = codeArticle({ id: 'explain', text, published: opts.date }, { trace });
      if (opts.json) {
        const attempts = trace.attempts.map((a) => ({
          sentence: a.sentence,
          predicate: syntax.tokens[a.head]!.text,
          outcome: a.outcome,
          chosen: a.chosen?.pattern.id ?? null,
          tried: a.tried.map((t) =>
            'head' in t
              ? { pattern: t.pattern.id, fired: true, weight: t.weight }
              : { pattern: t.pattern.id, fired: false, reason: t.reason },
          ),
        }));
        process.stdout.write(
          `${JSON.stringify({ sentences: doc.sentences, tokens: doc.tokens, mentions: doc.mentions, times: doc.times, quotes: doc.quotes, attempts, discarded: trace.discarded, events }, null, 2)}\n`,
        );
        return;
      }
      const out: string[] = [];
      for (const s of doc.sentences) {
        out.push(
          ...sentenceLayers(doc, syntax, s.index, true),
          ...attemptLines(syntax, trace, s.index, opts.all ?? false),
          '',
        );
      }
      out.push('events:', eventTable(events));
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
