import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';

const store = await openStore(join(mkdtempSync(join(tmpdir(), 'dyad-api-')), 'api.db'));
const app = createApp({ store, token: 'secret' });
afterAll(async () => store.close());

describe('reads', () => {
  it.each([
    '/api/events',
    '/api/actors',
    '/api/network',
    '/api/calendar',
    '/api/openapi.json',
    '/api/series?dyad=JPN-USA',
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
    [
      'huge body',
      JSON.stringify({ id: 'x', text: 'a'.repeat(600_000), published: '2026-01-01' }),
      'Bearer secret',
      413,
    ],
  ] as const)('POST %s → %i', async (_name, body, auth, status) => {
    expect((await post(body, auth)).status).toBe(status);
  });
  it('left the store unchanged', async () => expect(await store.counts()).toEqual(before));
});
