// Crash-safe resume: SIGKILL an ingest of 1,000 articles at a random point, run it again, and compare
// the store with an uninterrupted run: nothing lost, nothing doubled.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateArticles, toJsonl } from '../../bench/generate.js';
import { packageRoot } from '../../src/core/paths.js';
import { rng } from '../../src/core/random.js';

const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const main = join(packageRoot, 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'dyad-resume-'));
const input = join(dir, 'articles.jsonl');
writeFileSync(input, toJsonl(generateArticles(1000, 7, { minBytes: 150, maxBytes: 600 })));

const args = (db: string): string[] => [main, 'ingest', input, '--db', db, '--workers', '2', '-q'];

/** What the store holds: article ids with their hashes, and every event's article, id and code. */
function contents(db: string): { articles: string[]; events: string[] } {
  const d = new Database(db, { readonly: true });
  try {
    const articles = d
      .prepare("SELECT id || ':' || hash AS k FROM articles ORDER BY k")
      .pluck()
      .all() as string[];
    const events = d
      .prepare("SELECT article_id || ':' || id || ':' || code AS k FROM mentions ORDER BY k")
      .pluck()
      .all() as string[];
    return { articles, events };
  } finally {
    d.close();
  }
}

function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) FROM articles').pluck().get() as number) ?? 0;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

describe('ingest survives kill -9', () => {
  it('killed at a random point and re-run, the store equals an uninterrupted run', async () => {
    const whole = join(dir, 'whole.db');
    const once = spawnSync(tsx, args(whole), { encoding: 'utf8' });
    expect(once.status, once.stderr).toBe(0);
    const expected = contents(whole);
    expect(expected.articles).toHaveLength(1000);

    const killed = join(dir, 'killed.db');
    const stopAt = 50 + Math.floor(rng(Date.now())() * 800);
    const child = spawn(tsx, args(killed), { stdio: 'ignore', detached: true });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (storedCount(killed) >= stopAt || child.exitCode !== null) {
          clearInterval(poll);
          // kill the whole group: tsx runs node as a child
          if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
          resolve();
        }
      }, 20);
    });
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    const partial = storedCount(killed);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1000);

    const again = spawnSync(tsx, args(killed), { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/(\d+) inserted/);
    const inserted = Number(/(\d+) inserted/.exec(again.stdout)?.[1]);
    expect(inserted).toBe(1000 - partial);
    expect(contents(killed)).toEqual(expected);
  }, 300_000);
});
