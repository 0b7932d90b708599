import type { Command } from 'commander';
import type { EventRecord } from '../../core/event.js';
import { openStore } from '../../store/index.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';
import { eventTable } from '../format.js';

const FORMATS = ['table', 'json', 'jsonl'] as const;
const SORTS = ['date', '-date', 'goldstein', '-goldstein'] as const;

export function register(program: Command): void {
  program
    .command('events')
    .description('query the stored events')
    .option('--db <url>', DB_HELP, defaultDb())
    .option('--actor <code>', 'source or target code starts with it (JPN, USAGOV, IGOUNO)')
    .option('--dyad <A,B>', 'events between two actors, either direction')
    .option('--code <prefix>', 'CAMEO code prefix (04, 042)')
    .option('--status <status>', 'occurred, planned or denied')
    .option('--from <date>', 'event date on or after')
    .option('--to <date>', 'event date on or before')
    .option('--quad <n>', 'QuadClass 1-4 (verbal/material cooperation, verbal/material conflict)')
    .option('--place <name>', 'event place or its country code')
    .option('--text <words>', 'text in the evidence sentence')
    .option('--sort <order>', `${SORTS.join(', ')}`, 'date')
    .option('--folded', 'mentions folded into events with NumMentions/NumArticles/NumSources (JSON output)')
    .option('--one-a-day', 'with --folded: one event per day, dyad and root code')
    .option('--limit <n>', 'at most n events', '1000')
    .option('--offset <n>', 'skip the first n', '0')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .action(async (opts: Record<string, string | undefined>) => {
      const format = opts.format as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) {
        process.stderr.write(`dyad events: unknown format "${opts.format}" (use ${FORMATS.join(', ')})\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      if (opts.status && !['occurred', 'planned', 'denied'].includes(opts.status)) {
        process.stderr.write(`dyad events: --status must be occurred, planned or denied\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const quad = opts.quad === undefined ? undefined : Number(opts.quad);
      if (quad !== undefined && ![1, 2, 3, 4].includes(quad)) {
        process.stderr.write('dyad events: --quad must be 1, 2, 3 or 4\n');
        process.exitCode = Exit.USAGE;
        return;
      }
      const sort = opts.sort as (typeof SORTS)[number];
      if (!SORTS.includes(sort)) {
        process.stderr.write(`dyad events: --sort must be one of ${SORTS.join(', ')}\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const dyad = opts.dyad?.split(',').map((s) => s.trim().toUpperCase());
      if (dyad && dyad.length !== 2) {
        process.stderr.write('dyad events: --dyad takes two codes separated by a comma (JPN,USA)\n');
        process.exitCode = Exit.USAGE;
        return;
      }
      let events: EventRecord[];
      try {
        const store = await openStore(opts.db);
        const query = {
          ...(opts.actor && { actor: opts.actor.toUpperCase() }),
          ...(dyad && { dyad: [dyad[0]!, dyad[1]!] as [string, string] }),
          ...(opts.code && { code: opts.code }),
          ...(opts.status && { status: opts.status as EventRecord['status'] }),
          ...(opts.from && { from: opts.from }),
          ...(opts.to && { to: opts.to }),
          ...(quad && { quadClass: quad as 1 | 2 | 3 | 4 }),
          ...(opts.place && { place: opts.place }),
          ...(opts.text && { text: opts.text }),
          sort,
          limit: Number(opts.limit),
          offset: Number(opts.offset),
        };
        if (opts.folded) {
          const folded = await store.foldedEvents(query, { oneADay: Boolean(opts.oneADay) });
          await store.close();
          process.stdout.write(`${JSON.stringify(folded, null, 2)}\n`);
          return;
        }
        events = await store.events(query);
        await store.close();
      } catch (err) {
        process.stderr.write(`dyad events: ${opts.db}: ${(err as Error).message}\n`);
        process.exitCode = Exit.FAILURE;
        return;
      }
      if (format === 'json') process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
      else if (format === 'jsonl') process.stdout.write(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
      else process.stdout.write(`${events.length} events\n${eventTable(events)}`);
    });
}
