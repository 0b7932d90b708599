import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/event.js';
import { packageRoot } from '../../src/core/paths.js';
import { runIngest } from '../../src/ingest/run.js';
import { openStore } from '../../src/store/index.js';

const samples = join(packageRoot, 'samples', 'articles.jsonl');
const seed = JSON.parse(readFileSync(samples, 'utf8').split('\n')[0]!) as { text: string; published: string };
const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const dyad = (...args: string[]) =>
  spawnSync(tsx, [join(packageRoot, 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8' });

describe('end to end', () => {
  it('codes the seed article: the JPN–USA phone call of 2 January 2026, with its evidence offsets', () => {
    const r = dyad('code', seed.text, '--date', '2026-01-03', '--format', 'json');
    expect(r.status).toBe(0);
    const events = JSON.parse(r.stdout) as EventRecord[];
    const call = events.find(
      (e) =>
        e.code.startsWith('04') &&
        e.date === '2026-01-02' &&
        e.source.code === 'JPNGOV' &&
        e.target?.code === 'USAGOV',
    );
    expect(call).toBeDefined();
    expect(seed.text.slice(call!.evidence.start, call!.evidence.end)).toBe(call!.evidence.text);
  });

  it('ingesting the same files twice leaves the store unchanged', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-')), 'test.db');
    const ingest = async () => {
      const store = await openStore(db);
      const s = await runIngest([samples], store, { workers: 1 });
      await store.close();
      return s;
    };
    const first = await ingest();
    expect(first.inserted).toBe(30);
    const store = await openStore(db);
    const before = await store.counts();
    await store.close();
    const second = await ingest();
    expect(second).toMatchObject({ inserted: 0, replaced: 0, unchanged: 30, failed: {} });
    const again = await openStore(db);
    expect(await again.counts()).toEqual(before);
    await again.close();
  });

  it('an empty or unreadable file gives one clear error line naming it, and the rest goes in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const good = join(dir, '2026-01-03-good.txt');
    writeFileSync(good, 'Japan and China held talks in Beijing on Friday.');
    const missing = join(dir, 'missing.txt');
    const db = join(dir, 'x.db');
    const r = dyad('ingest', empty, missing, good, '--db', db);
    expect(r.status).toBe(3);
    const errors = r.stderr.split('\n').filter((l) => /^dyad ingest: .*\[[A-Z_]+\]$/.test(l));
    expect(errors).toHaveLength(2);
    expect(errors.find((l) => l.includes(empty))).toMatch(/empty/);
    expect(errors.find((l) => l.includes(missing))).toMatch(/ENOENT|cannot read/);
    expect(r.stdout).toMatch(/^1 inserted/);
  });

  it('dyad events filters a dyad', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'dyad-')), 'q.db');
    execFileSync(tsx, [join(packageRoot, 'src', 'cli', 'main.ts'), 'ingest', samples, '--db', db], {
      stdio: 'ignore',
    });
    const r = dyad('events', '--db', db, '--dyad', 'JPN,USA', '--format', 'json');
    const events = JSON.parse(r.stdout) as EventRecord[];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      expect([e.source.code.slice(0, 3), e.target?.code.slice(0, 3)].sort()).toEqual(['JPN', 'USA']);
  });
});
