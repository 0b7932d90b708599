import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Article } from '../../core/article.js';
import { loadConfig } from '../../core/config.js';
import { loadGazetteer } from '../../geo/index.js';
import { loadKb } from '../../kb/index.js';
import { codeArticle, loadEngine } from '../../pipeline/index.js';
import { Exit } from '../exit.js';
import { FORMATS, type Format, formatEvents } from '../format.js';
import { isIsoDate, readTextArgument } from '../input.js';

type CodeOptions = { date?: string; format?: string; id?: string; dictionaries?: string; kb?: string[] };

export function register(program: Command): void {
  program
    .command('code')
    .description('code one article (text) or a JSONL file of articles, and print the events')
    .argument(
      '[input]',
      'a text file, a .jsonl file (one article per line), - for stdin, or the text itself',
      '-',
    )
    .option(
      '-d, --date <YYYY-MM-DD>',
      'publication date of a text article (relative dates are resolved against it)',
    )
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`)
    .option('--id <id>', 'article id for a text article')
    .option('--dictionaries <spec>', "petrarch:DIR codes with PETRARCH's dictionaries instead of Dyad's own")
    .option(
      '--kb <dir>',
      'a user knowledge-base overlay folder (repeatable; docs/kb.md)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .addHelpText(
      'after',
      `
Examples:
  dyad code article.txt --date 2026-01-03 --format table
  dyad code "Japan's prime minister spoke with Trump by phone on Friday." --date 2026-01-03
  dyad code articles.jsonl --format jsonl      # one {"id", "events"} line per article`,
    )
    .action(async (input: string, opts: CodeOptions) => {
      const jsonl = input.endsWith('.jsonl');
      const format = (opts.format ?? (jsonl ? 'jsonl' : 'json')) as Format;
      if (!FORMATS.includes(format)) {
        process.stderr.write(`dyad code: unknown format "${opts.format}" (use ${FORMATS.join(', ')})\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      if (opts.date !== undefined && !isIsoDate(opts.date)) {
        process.stderr.write(`dyad code: --date "${opts.date}" is not a date (YYYY-MM-DD)\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const engine = opts.dictionaries
        ? (await import('../../petrarch/engine.js')).engineForDictionaries(opts.dictionaries)
        : loadEngine(opts.kb?.length ? { kb: loadKb({ overlays: [...loadConfig().kb, ...opts.kb] }) } : {});
      if (typeof engine === 'string') {
        process.stderr.write(`dyad code: ${engine}\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      await loadGazetteer();
      if (jsonl) {
        process.exitCode = codeJsonl(input, format, opts.date, engine);
        return;
      }
      let text: string;
      let name: string;
      try {
        ({ text, name } = readTextArgument(input));
      } catch (err) {
        process.stderr.write(`dyad code: ${(err as Error).message}\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      if (!opts.date) {
        process.stderr.write(
          'dyad code: --date is required for a text article (its publication date, YYYY-MM-DD)\n',
        );
        process.exitCode = Exit.USAGE;
        return;
      }
      if (text.trim() === '') {
        process.stderr.write(`dyad code: ${name}: empty input\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      const article: Article = { id: opts.id ?? name, text, published: opts.date };
      const { events } = codeArticle(article, { engine });
      const out =
        format === 'json'
          ? `${JSON.stringify(events, null, 2)}\n`
          : formatEvents(article.id, events, format, article.published);
      process.stdout.write(out);
    });
}

/** One line out per article line in; a bad line is reported with its number and the rest goes on. */
function codeJsonl(
  file: string,
  format: Format,
  date: string | undefined,
  engine: ReturnType<typeof loadEngine>,
): number {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(
      `dyad code: ${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`,
    );
    return Exit.FAILURE;
  }
  let failed = 0;
  const all: Array<{ id: string; events: unknown[] }> = [];
  source.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const where = `${file}:${n + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      process.stderr.write(`dyad code: ${where}: invalid JSON (${(err as Error).message})\n`);
      failed++;
      return;
    }
    const text = typeof row.text === 'string' ? row.text : null;
    const published = typeof row.published === 'string' ? row.published.slice(0, 10) : date;
    if (!text || !published || !isIsoDate(published)) {
      process.stderr.write(
        `dyad code: ${where}: ${!text ? 'no "text"' : 'no valid "published" date (and no --date)'}\n`,
      );
      failed++;
      return;
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${n + 1}`;
    const article: Article = {
      id,
      text,
      published,
      ...(typeof row.title === 'string' && { title: row.title }),
      ...(typeof row.url === 'string' && { url: row.url }),
      ...(typeof row.source === 'string' && { source: row.source }),
    };
    const { events } = codeArticle(article, { engine });
    if (format === 'json') all.push({ id, events });
    else process.stdout.write(formatEvents(id, events, format, published));
  });
  if (format === 'json') process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  return failed ? Exit.PARTIAL : Exit.OK;
}
