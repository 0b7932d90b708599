import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startServer } from '../../api/index.js';
import { packageRoot } from '../../core/paths.js';
import { loadGazetteer } from '../../geo/index.js';
import { failedCount, runIngest } from '../../ingest/run.js';
import { isPostgresUrl, openStore } from '../../store/index.js';
import { Exit } from '../exit.js';
import { eventTable } from '../format.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'code the bundled sample articles into a fresh store, print a readable summary, and serve the dashboard over it',
    )
    .option('--db <url>', 'the demo store: a SQLite file (recreated) or a postgres:// URL', './dyad-demo.db')
    .option(
      '--port <n>',
      'serve the dashboard on this local port (another free one when it is taken)',
      '8080',
    )
    .option('--no-serve', 'print the summary and exit, without serving the dashboard')
    .action(async (opts: { db: string; port: string; serve: boolean }) => {
      if (!isPostgresUrl(opts.db))
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(opts.db + suffix)) rmSync(opts.db + suffix);
      const samples = `${packageRoot}/samples/articles.jsonl`;
      const started = performance.now();
      await loadGazetteer();
      const store = await openStore(opts.db);
      const s = await runIngest([samples], store, {
        workers: 1,
        onIssue: (line) => process.stderr.write(`dyad demo: ${line}\n`),
      });
      const seconds = (performance.now() - started) / 1000;
      const events = await store.events({ limit: 100_000 });
      await store.close();
      const out: string[] = [];
      out.push(
        `Dyad demo: ${s.inserted} sample articles coded in ${seconds.toFixed(1)} s → ${events.length} events in ${opts.db}`,
        '',
      );
      out.push('By status:', ...count(events, (e) => e.status).map(([k, n]) => `  ${k.padEnd(10)} ${n}`), '');
      out.push('By CAMEO root:', ...count(events, (e) => e.root).map(([k, n]) => `  ${k}  ${n}`), '');
      out.push(
        'Most active dyads:',
        ...count(events, (e) =>
          e.target ? [e.source.code.slice(0, 3), e.target.code.slice(0, 3)].sort().join('–') : '',
        )
          .filter(([k]) => k)
          .slice(0, 8)
          .map(([k, n]) => `  ${k.padEnd(8)} ${n}`),
        '',
      );
      const seed = events.filter((e) => e.article_id === 'seed-001');
      out.push('The first sample (a Japan–U.S. leaders’ phone call, 2026-01-03):', eventTable(seed));
      out.push(
        `Query it: dyad events --db ${opts.db} --dyad JPN,USA    Explain a sentence: dyad explain "..." --date 2026-01-03`,
      );
      process.stdout.write(`${out.join('\n')}\n`);
      process.exitCode = failedCount(s) ? Exit.PARTIAL : Exit.OK;
      if (!opts.serve) return;
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`dyad demo: --port must be an integer 0..65535, got "${opts.port}"\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      const server = await startServer({ db: opts.db, port }).catch(() =>
        startServer({ db: opts.db, port: 0 }),
      );
      const built = existsSync(join(packageRoot, 'web', 'dist', 'index.html'));
      process.stdout.write(
        `\nDashboard: ${server.url}  (events, dyads, network, calendar; try ${server.url}#/?dyad=JPN-USA)\n` +
          (built ? '' : 'The dashboard is not built here: npm run build (the API answers meanwhile).\n') +
          'Ctrl-C stops it.\n',
      );
      const stop = () => void server.close().then(() => process.exit(process.exitCode ?? 0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

function count<T>(items: readonly T[], key: (x: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
