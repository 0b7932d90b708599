import type { Command } from 'commander';
import { codeArticle } from '../../pipeline/index.js';
import { textAndDate } from '../input.js';
import { sentenceLayers } from '../layers.js';

export function register(program: Command): void {
  program
    .command('annotate')
    .description(
      'print the language layers of an article: sentences, time expressions, mentions, coreference, quotes, clause modality',
    )
    .argument('<file>', 'a text file, - for stdin, or the text itself')
    .requiredOption('-d, --date <YYYY-MM-DD>', 'publication date')
    .option('--tokens', 'also print tokens with their parts of speech')
    .option('--json', 'the layers as JSON')
    .action((input: string, opts: { date: string; tokens?: boolean; json?: boolean }) => {
      const given = textAndDate('annotate', input, opts.date);
      if (!given) return;
      const { text } = given;
      const { doc, syntax } = codeArticle({ id: 'annotate', text, published: opts.date });
      if (opts.json) {
        const { article: _a, ...layers } = doc;
        process.stdout.write(`${JSON.stringify(layers, null, 2)}\n`);
        return;
      }
      const out = doc.sentences.flatMap((s) => [
        ...sentenceLayers(doc, syntax, s.index, opts.tokens ?? false),
        '',
      ]);
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
