import type { Command } from 'commander';
import { startServer } from '../../api/index.js';
import { DB_HELP, defaultDb } from '../db.js';
import { Exit } from '../exit.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/...) and the dashboard (web/dist) over a store')
    .option('--db <url>', DB_HELP, defaultDb())
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <h>', 'interface to listen on', '127.0.0.1')
    .option('--token <t>', 'bearer token for POST /api/articles (else $DYAD_TOKEN; no token: read-only)')
    .action(async (opts: { db: string; port: string; host: string; token?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`dyad serve: --port must be an integer 0..65535, got "${opts.port}"\n`);
        process.exitCode = Exit.USAGE;
        return;
      }
      try {
        const token = opts.token ?? process.env.DYAD_TOKEN;
        const { url } = await startServer({ db: opts.db, port, host: opts.host, token });
        process.stdout.write(`dyad: serving ${opts.db} at ${url} (API: ${url}api/openapi.json)\n`);
      } catch (err) {
        process.stderr.write(`dyad serve: ${opts.db}: ${(err as Error).message}\n`);
        process.exitCode = Exit.FAILURE;
      }
    });
}
