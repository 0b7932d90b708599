// The HTTP API (hono): reads need no token; POST /api/articles needs the bearer token. Every input is
// validated with zod; every error is JSON {error}; nothing internal (stack, SQL) reaches the client.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { planOutcomes, seriesFromRows, topEvents } from '../analysis/index.js';
import type { EventRecord } from '../core/event.js';
import { codeArticle } from '../pipeline/index.js';
import type { EventStore } from '../store/index.js';
import { openapi } from './openapi.js';
import { ArticleBody, CalendarQuery, EventsQuery, NetworkQuery, SeriesQuery, TopQuery } from './query.js';

const ALL = 1_000_000;

export interface AppOptions {
  store: EventStore;
  token?: string;
  today?: () => string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
function parse<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const i = r.error.issues[0];
  return { ok: false, error: `${i?.path.join('.') || 'input'}: ${i?.message ?? 'invalid'}` };
}

/** One page of events, filtered, sorted and paged by the store; `more` tells whether another page follows. */
async function filtered(
  store: EventStore,
  q: EventsQuery,
): Promise<{ more: boolean; events: EventRecord[] }> {
  const [src, tgt] = q.dyad ? q.dyad.split('-') : [];
  const all = await store.events({
    actor: q.actor,
    dyad: src && tgt ? [src, tgt] : undefined,
    code: q.code,
    status: q.status,
    from: q.from,
    to: q.to,
    text: q.q,
    limit: q.limit + 1,
    offset: q.offset,
  });
  return { more: all.length > q.limit, events: all.slice(0, q.limit) };
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new Hono();

  app.onError((_err, c) => c.json({ error: 'internal error' }, 500));
  app.notFound((c) => c.json({ error: `not found: ${c.req.path.slice(0, 200)}` }, 404));

  const events = (c: { req: { query: () => Record<string, string> } }) => parse(EventsQuery, c.req.query());
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.get('/api/events', async (c) => {
    const q = events(c);
    return q.ok ? c.json(await filtered(store, q.value)) : c.json({ error: q.error }, 400);
  });
  app.get('/api/search', async (c) => {
    const q = events(c);
    if (!q.ok) return c.json({ error: q.error }, 400);
    if (!q.value.q) return c.json({ error: 'q: required' }, 400);
    return c.json(await filtered(store, q.value));
  });
  app.get('/api/top', async (c) => {
    const q = parse(TopQuery, c.req.query());
    if (!q.ok) return c.json({ error: q.error }, 400);
    const { n, actor, dyad, code, status, from, to, q: text } = q.value;
    const [src, tgt] = dyad ? dyad.split('-') : [];
    const filter = {
      actor,
      dyad: src && tgt ? ([src, tgt] as [string, string]) : undefined,
      code,
      status,
      from,
      to,
      text,
    };
    return c.json({ events: topEvents(await store.strongest(filter, n), n) });
  });
  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) return c.json({ error: 'id: too long' }, 400);
    const event = await store.getEvent(id);
    if (!event) return c.json({ error: `no event ${id}` }, 404);
    return c.json({ event, article: await store.getArticle(event.article_id) });
  });
  app.get('/api/actors', async (c) => {
    return c.json({ actors: await store.actorCounts(ALL) });
  });
  app.get('/api/series', async (c) => {
    const q = parse(SeriesQuery, c.req.query());
    if (!q.ok) return c.json({ error: q.error }, 400);
    const [src = '', tgt = ''] = q.value.dyad.split('-');
    // The store sums the dyad's mentions by day (by month for a monthly series); weeks, the index and
    // the alerts are made from those rows.
    const rows = await store.seriesRows({ dyad: [src, tgt] }, q.value.period === 'month' ? 'month' : 'day');
    return c.json({ dyad: q.value.dyad, series: seriesFromRows(rows, q.value) });
  });
  app.get('/api/network', async (c) => {
    const q = parse(NetworkQuery, c.req.query());
    if (!q.ok) return c.json({ error: q.error }, 400);
    const { from, to, quad, limit } = q.value;
    const edges = await store.network({ from, to, quadClass: quad as 1 | 2 | 3 | 4 | undefined });
    return c.json({ more: edges.length > limit, edges: edges.slice(0, limit) });
  });
  app.get('/api/calendar', async (c) => {
    const q = parse(CalendarQuery, c.req.query());
    if (!q.ok) return c.json({ error: q.error }, 400);
    const { limit, offset } = q.value;
    const plans = await store.events({ status: 'planned', limit: limit + 1, offset });
    const page = plans.slice(0, limit);
    const done = await store.outcomeRows(
      page.map((p) => ({ source: p.source.code, target: p.target?.code ?? null })),
    );
    const entries = planOutcomes(page, done, today());
    return c.json({ more: plans.length > limit, entries });
  });
  app.post(
    '/api/articles',
    bodyLimit({ maxSize: 512 * 1024, onError: (c) => c.json({ error: 'body too large' }, 413) }),
    async (c) => {
      if (!opts.token) return c.json({ error: 'writes are disabled: start with --token' }, 403);
      if (c.req.header('authorization') !== `Bearer ${opts.token}`)
        return c.json({ error: 'missing or wrong bearer token' }, 401);
      const body = await c.req.json().catch(() => undefined);
      if (body === undefined) return c.json({ error: 'body: not JSON' }, 400);
      const a = parse(ArticleBody, body);
      if (!a.ok) return c.json({ error: a.error }, 400);
      const coded = codeArticle(a.value);
      const put = await store.putArticle(a.value, coded.events);
      return c.json({ ...put, events: coded.events.length });
    },
  );
  return app;
}
