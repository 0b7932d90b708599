import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { startServer } from './server.js';

const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-api-')), 'api.db'));
const app = createApp({ store, token: 'secret' });
const initial = await store.counts();
afterAll(async () => store.close());

describe('reads', () => {
  it.each([
    '/api/events',
    '/api/actors',
    '/api/network',
    '/api/calendar',
    '/api/openapi.json',
    '/api/series?dyad=JPN-USA',
    '/api/top?n=5&dyad=JPN-USA',
  ])('%s answers 200 on an empty store', async (path) => expect((await app.request(path)).status).toBe(200));
  it('an unknown event is 404 JSON', async () => {
    const r = await app.request('/api/events/nope');
    expect(r.status).toBe(404);
    expect(await r.json()).toHaveProperty('error');
  });
});

describe('abuse: 4xx, never 5xx, store unchanged', async () => {
  const before = await store.counts();
  const long = 'A'.repeat(100_000);
  it.each([
    ["/api/events?actor=USA' OR 1=1--", 400],
    ['/api/events?dyad=USA;DROP TABLE mentions', 400],
    ['/api/events?limit=99999999999999999999', 400],
    ['/api/events?limit=-1', 400],
    ['/api/events?offset=1e400', 400],
    ['/api/events?from=2026-02-31', 400],
    ['/api/events?from=yesterday', 400],
    [`/api/events?q=${long}`, 400],
    ['/api/events?status=maybe', 400],
    ['/api/series', 400],
    ['/api/series?dyad=JPN-USA&period=year', 400],
    ['/api/network?quad=9', 400],
    ['/api/search', 400],
    ['/../../etc/passwd', 404],
    ['/api/..%2F..%2Fetc%2Fpasswd', 404],
    [`/api/events/${long}`, 400],
    ["/api/events/' OR 1=1 --", 404],
    ['/api/events?code=04%25', 400],
    ['/api/events?code=04%27%20OR%201=1', 400],
    ['/api/events?actor=%00', 400],
    ['/api/events?actor=usa%0A', 400],
    ['/api/events?dyad=JPN-USA-CHN', 400],
    ['/api/events?limit=1.5', 400],
    ['/api/events?limit=NaN', 400],
    ['/api/events?limit=Infinity', 400],
    ['/api/events?offset=99999999999', 400],
    ['/api/events?to=2026-01-01T00:00:00Z', 400],
    ['/api/events?from=0000-00-00', 400],
    ['/api/events?from=%F0%9F%92%A3', 400],
    [`/api/events?q=${'%27'.repeat(201)}`, 400],
    [`/api/search?q=${long}`, 400],
    ['/api/series?dyad=JPN-USA&baseline=1e309', 400],
    ['/api/series?dyad=JPN-USA&baseline=-5', 400],
    ['/api/series?dyad=JPN-USA&threshold=NaN', 400],
    ['/api/series?dyad=JPN-USA&period=day%27--', 400],
    [`/api/series?dyad=${'A'.repeat(5000)}-USA`, 400],
    ['/api/network?quad=1.5', 400],
    ['/api/network?from=2026-13-45', 400],
    ['/api/network?to=%27%3B%20DROP%20TABLE%20mentions%3B--', 400],
    ['/api/calendar?limit=0', 400],
    ['/api/top?n=101', 400],
    ["/api/top?code=1' UNION SELECT", 400],
    ['/api/calendar?limit=1e12', 400],
    ['/api/calendar?offset=-1', 400],
  ] as const)('GET case %# → %i', async (path, status) => {
    const r = await app.request(path);
    expect(r.status).toBe(status);
    expect(await r.json()).toHaveProperty('error');
  });
  const post = (body: string, auth?: string) =>
    app.request('/api/articles', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    });
  it.each([
    ['no token', '{}', undefined, 401],
    ['wrong token', '{}', 'Bearer nope', 401],
    ['not JSON', '{', 'Bearer secret', 400],
    ['missing fields', '{"id":"x"}', 'Bearer secret', 400],
    ['bad date', '{"id":"x","text":"t","published":"2026-13-01"}', 'Bearer secret', 400],
    ['token as a prefix', '{}', 'Bearer secretX', 401],
    ['token in another scheme', '{}', 'Basic secret', 401],
    ['huge token', '{}', `Bearer ${'x'.repeat(8000)}`, 401],
    ['JSON null', 'null', 'Bearer secret', 400],
    ['JSON array', '[]', 'Bearer secret', 400],
    ['deep nesting', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'Bearer secret', 400],
    [
      'SQL in the id',
      `{"id":"x'); DROP TABLE articles;--","text":"t","published":"yesterday"}`,
      'Bearer secret',
      400,
    ],
    ['huge number date', '{"id":"x","text":"t","published":1e309}', 'Bearer secret', 400],
    [
      'long id',
      JSON.stringify({ id: 'a'.repeat(201), text: 't', published: '2026-01-01' }),
      'Bearer secret',
      400,
    ],
    [
      'huge body',
      JSON.stringify({ id: 'x', text: 'a'.repeat(600_000), published: '2026-01-01' }),
      'Bearer secret',
      413,
    ],
  ] as const)('POST %s → %i', async (_name, body, auth, status) => {
    expect((await post(body, auth)).status).toBe(status);
  });
  it('answers other methods and unknown routes with JSON 404', async () => {
    for (const [method, path] of [
      ['DELETE', '/api/events'],
      ['PUT', '/api/articles'],
      ['PATCH', '/api/events/x'],
      ['GET', '/api/articles'],
    ] as const) {
      const r = await app.request(path, { method });
      expect([method, path, r.status]).toEqual([method, path, 404]);
      expect(await r.json()).toHaveProperty('error');
    }
  });
  it('left the store unchanged', async () => expect(await store.counts()).toEqual(before));
});

describe('abuse over HTTP: the server with its dashboard files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-abuse-'));
  const web = join(dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(web, 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startServer({ db: store, port: 0, webRoot: web, token: 'secret' });
  });
  afterAll(async () => server?.close());
  // Raw paths, sent as written (fetch would resolve the dots itself).
  const get = (path: string): Promise<{ status: number; body: string }> =>
    new Promise((ok, fail) => {
      const u = new URL(server.url);
      const req = httpRequest({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (b: Buffer) => {
          body += b.toString();
        });
        res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', fail);
      req.end();
    });
  it.each([
    ['/../secret.txt', 400],
    ['/..%2fsecret.txt', 400],
    ['/%2e%2e/secret.txt', 400],
    ['/%2e%2e%2fsecret.txt', 400],
    ['/..%5csecret.txt', 400],
    ['/%252e%252e%252fsecret.txt', 400],
    ['/app.js%00.html', 400],
    ['/%E0%A4%A', 400],
    ['/nope.js', 404],
    ['/api/nope', 404],
    ['/api/../secret.txt', 400],
  ] as const)('GET %s → 4xx (%i or as the URL resolves), no file from outside', async (path, status) => {
    const r = await get(path);
    expect(r.status === status || r.status === 404 || r.status === 400).toBe(true);
    expect(r.body).not.toContain('SECRET');
    expect(JSON.parse(r.body)).toHaveProperty('error');
  });
  it('still serves the dashboard and its files', async () => {
    expect((await get('/')).body).toContain('dashboard');
    expect((await get('/events/view')).body).toContain('dashboard');
    expect((await get('/app.js')).status).toBe(200);
  });
  it('refuses a streamed body over the limit without reading it all', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(97);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (sent++ < 16) ctl.enqueue(chunk);
        else ctl.close();
      },
    });
    const r = await fetch(`${server.url}api/articles`, {
      method: 'POST',
      body,
      headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(r.status).toBe(413);
  });
  it('left the store unchanged', async () => expect(await store.counts()).toEqual(initial));
});
