// `dyad ingest` end to end: exit codes, the summary, --report, --fields, usage errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';

const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const main = join(packageRoot, 'src', 'cli', 'main.ts');
const fixtures = join(packageRoot, 'test', 'fixtures', 'ingest');
const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-cli-'));
const dyad = (...args: string[]) => spawnSync(tsx, [main, 'ingest', ...args], { encoding: 'utf8' });

describe('dyad ingest', () => {
  it('good inputs: exit 0, every article inserted; again: all unchanged', () => {
    const db = join(dir, 'good.db');
    const first = dyad(join(fixtures, 'good'), '--db', db, '--workers', '1');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^13 inserted, 0 replaced, 0 copied, 0 unchanged/);
    const again = dyad(join(fixtures, 'good'), '--db', db, '--workers', '1');
    expect(again.stdout).toMatch(/^0 inserted, 0 replaced, 0 copied, 13 unchanged, 0 events/);
  }, 60_000);

  it('bad inputs: exit 3, one stderr line per problem naming the file, and a JSON report', () => {
    const db = join(dir, 'bad.db');
    const report = join(dir, 'report.json');
    const r = dyad(join(fixtures, 'bad'), '--db', db, '--workers', '1', '--report', report);
    expect(r.status).toBe(3);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('dyad ingest: '));
    expect(lines).toHaveLength(12);
    for (const l of lines) expect(l).toMatch(/fixtures\/ingest\/bad\/[^:]+(:\d+)?: .+ \[[A-Z_]+\]$/);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ inserted: 1, skipped: { DUPLICATE: 1, NOT_ENGLISH: 1 } });
    expect(Object.values(json.failed as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(10);
    expect(json.issues).toHaveLength(12);
  }, 60_000);

  it('--fields reads other JSONL field names', () => {
    const input = join(dir, 'custom.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({ uuid: 'c1', body: 'Egypt and Israel held talks in Cairo on Monday, officials said.', date: '2024-01-08' })}\n`,
    );
    const r = dyad(
      input,
      '--db',
      join(dir, 'custom.db'),
      '--workers',
      '1',
      '--fields',
      'id=uuid,text=body,published=date',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1 inserted/);
  }, 60_000);

  const usage: [string, string[], RegExp][] = [
    ['bad --date', ['--date', '2024-02-30'], /--date "2024-02-30" is not a date/],
    ['bad --workers', ['--workers', '0'], /--workers "0"/],
    ['bad --fields', ['--fields', 'colour=red'], /--fields "colour=red"/],
  ];
  for (const [name, args, message] of usage)
    it(`${name}: exit 2 with a clear message, nothing read`, () => {
      const r = dyad(join(fixtures, 'good'), '--db', join(dir, 'usage.db'), ...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
});
