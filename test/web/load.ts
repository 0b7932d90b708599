// Load test, by hand (not in CI, no assertions): npm run load -- [--events 100000] [--clients 50]
// [--seconds 30] [--db FILE] [--fresh]. Builds (or reuses) a SQLite store of synthetic coded events
// (bench/events.ts: records inserted directly, nothing coded), serves it with `dyad serve` in a process
// of its own on loopback, lets N clients hit a mix of read routes for a bounded time, and prints p50,
// p95 and p99 latency, requests and errors per route. Every request has a 60 s timeout (an error).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../src/store/index.js';
import { syntheticEvents } from '../../src/store/test-helpers/synthetic.js';

const { values: o } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    db: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const [total, clients, seconds] = [Number(o.events), Number(o.clients), Number(o.seconds)];
const db = o.db ?? join(tmpdir(), `dyad-load-${total}.db`);

if (o.fresh || !existsSync(db)) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const t = performance.now();
  const store = await openStore(db);
  for (const [article, events] of syntheticEvents(total)) await store.putArticle(article, events);
  await store.close();
  console.log(`built ${db} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
const store = await openStore(db);
console.log(`store ${db}: ${JSON.stringify(await store.counts())}`);
const [one] = await store.events({ dyad: ['JPN', 'USA'], limit: 1 });
await store.close();

const server = spawn('node_modules/.bin/tsx', ['src/cli/main.ts', 'serve', '--db', db, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((ok, fail) => {
  let out = '';
  server.stdout.on('data', (b: Buffer) => {
    out += b.toString();
    const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
    if (m?.[1]) ok(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`dyad serve exited with ${code}`)));
});

const routes: Record<string, string> = {
  'events (no filter)': 'api/events?limit=50',
  'events dyad': 'api/events?dyad=JPN-USA&limit=50',
  'events actor+from': 'api/events?actor=USA&from=2025-01-01&limit=50',
  'events code+offset': 'api/events?code=04&offset=500&limit=50',
  'events status+to': 'api/events?status=planned&to=2024-06-30&limit=50',
  'events q': 'api/events?q=ceasefire&limit=50',
  'event by id': `api/events/${one?.id ?? 'none'}`,
  search: 'api/search?q=phone',
  top: 'api/top?n=10&actor=USA',
  actors: 'api/actors',
  'series month': 'api/series?dyad=JPN-USA&period=month',
  'series week': 'api/series?dyad=CHN-RUS&period=week',
  network: 'api/network?quad=4',
  'network range': 'api/network?from=2025-01-01&to=2025-03-31',
  calendar: 'api/calendar',
};
const names = Object.keys(routes);
const times = new Map<string, number[]>(names.map((n) => [n, []]));
const errors = new Map<string, number>(names.map((n) => [n, 0]));
const why = new Map<string, number>();
const load0 = loadavg()[0] ?? 0;
// Warm-up: each route once, one at a time, before the clock starts (compiled code, warm page cache).
for (const name of names) await (await fetch(url + routes[name])).arrayBuffer();
const end = Date.now() + seconds * 1000;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let i = c; Date.now() < end; i++) {
      const name = names[i % names.length]!;
      const t = performance.now();
      try {
        const r = await fetch(url + routes[name], { signal: AbortSignal.timeout(60_000) });
        await r.arrayBuffer();
        if (!r.ok) {
          errors.set(name, errors.get(name)! + 1);
          why.set(`${name}: HTTP ${r.status}`, (why.get(`${name}: HTTP ${r.status}`) ?? 0) + 1);
        }
      } catch (err) {
        errors.set(name, errors.get(name)! + 1);
        const key = `${name}: ${(err as Error).name} ${(err as Error).message}`.slice(0, 120);
        why.set(key, (why.get(key) ?? 0) + 1);
      }
      times.get(name)!.push(performance.now() - t);
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
server.kill('SIGTERM');

const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const all = [...times.values()].flat().sort((a, b) => a - b);
const rows = [
  ...names.map((n) => [n, times.get(n)!.sort((a, b) => a - b), errors.get(n)!] as const),
  ['all', all, [...errors.values()].reduce((a, b) => a + b, 0)] as const,
];
console.log(
  `\n${clients} clients, ${seconds} s, machine load average ${load0.toFixed(1)} at the start on ${availableParallelism()} cores (last answers after ${elapsed.toFixed(1)} s): ${all.length} requests, ${(all.length / elapsed).toFixed(1)}/s\n`,
);
console.log('| route | requests | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|');
for (const [name, xs, errs] of rows)
  console.log(
    `| ${name} | ${xs.length} | ${ms(q(xs, 0.5))} | ${ms(q(xs, 0.95))} | ${ms(q(xs, 0.99))} | ${errs} |`,
  );
if (why.size) console.log(`\nerrors:\n${[...why].map(([k, n]) => `  ${n} × ${k}`).join('\n')}`);
