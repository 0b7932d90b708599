// startServer: the API plus the built dashboard (web/dist) on one port, loopback by default.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { serve } from '@hono/node-server';
import { packageRoot } from '../core/paths.js';
import { type EventStore, openStore } from '../store/index.js';
import { createApp } from './app.js';

export interface ServerOptions {
  db: string | EventStore;
  port?: number;
  host?: string;
  token?: string;
  webRoot?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function startServer(opts: ServerOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const store = typeof opts.db === 'string' ? await openStore(opts.db) : opts.db;
  const app = createApp({ store, token: opts.token });
  const root = resolve(opts.webRoot ?? join(packageRoot, 'web', 'dist'));
  // The dashboard's files. Its routes are in the fragment (#/...), so any other path without an
  // extension gets index.html; a file that is not there, an unknown API route, a path that climbs
  // (`..`) or cannot be decoded gets a JSON 4xx, never a file from outside web/dist.
  app.get('*', (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.json({ error: 'path: malformed percent-encoding' }, 400);
    }
    if (path.includes('\0') || path.split(/[/\\]/).includes('..'))
      return c.json({ error: 'path: not allowed' }, 400);
    const rel = normalize(path).replace(/^([/\\])+/, '');
    if (rel === 'api' || rel.startsWith(`api${sep}`))
      return c.json({ error: `not found: ${c.req.path.slice(0, 200)}` }, 404);
    const file = join(root, rel === '' ? 'index.html' : rel);
    if (extname(rel) && !(file.startsWith(root + sep) && existsSync(file)))
      return c.json({ error: `not found: ${c.req.path.slice(0, 200)}` }, 404);
    const target = extname(rel) ? file : join(root, 'index.html');
    if (!existsSync(target)) return c.text('Dyad API: see /api/openapi.json (dashboard not built)', 200);
    return c.body(readFileSync(target), 200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    });
  });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((ok, fail) => {
    const server = serve(
      { fetch: app.fetch, port: opts.port ?? 8080, hostname: host },
      (info: AddressInfo) => {
        ok({
          url: `http://${host}:${info.port}/`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => {
                if (typeof opts.db === 'string') void store.close().then(done, done);
                else done();
              });
            }),
        });
      },
    );
    // A port in use (EADDRINUSE) or not ours to take rejects instead of crashing the process.
    server.once('error', fail);
  });
}
