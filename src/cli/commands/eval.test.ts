import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packageRoot } from '../../core/paths.js';
import { Exit } from '../exit.js';
import { register } from './eval.js';

const fixture = (name: string): string => join(packageRoot, 'test', 'fixtures', 'eval', name);

/** Runs `dyad eval ARGS` in-process and returns what it wrote and its exit code. */
async function dyadEval(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  process.exitCode = undefined;
  const program = new Command('dyad').exitOverride();
  register(program);
  await program.parseAsync(['node', 'dyad', 'eval', ...args]);
  vi.restoreAllMocks();
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('dyad eval --predictions', () => {
  it('prints the table, reports malformed lines on stderr and exits PARTIAL', async () => {
    const r = await dyadEval(fixture('gold.jsonl'), '--predictions', fixture('predictions.jsonl'));
    expect(r.out).toContain('Dyad eval: 2 articles, 2 gold events, 3 predicted');
    expect(r.out).toMatch(/root match\s+0\.667\s+1\.000\s+0\.800\s+2\s+1\s+0/);
    expect(r.err).toContain('gold.jsonl:2:');
    expect(r.err).toContain('predictions.jsonl:3: invalid JSON');
    expect(r.code).toBe(Exit.PARTIAL);
  });

  it('prints the report as JSON', async () => {
    const r = await dyadEval(fixture('gold.jsonl'), '--predictions', fixture('predictions.jsonl'), '--json');
    const report = JSON.parse(r.out);
    expect(report.overall.strict).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(report.overall.must_not).toEqual({ entries: 1, violated: 1 });
    expect(report.articles.map((a: { id: string }) => a.id)).toEqual(['fx-1', 'fx-3']);
  });

  it.each([
    ['an unreadable gold file', ['no-such.jsonl']],
    ['an unreadable predictions file', [fixture('gold.jsonl'), '--predictions', 'no-such.jsonl']],
  ])('%s exits FAILURE with one line naming it', async (_name, args) => {
    const r = await dyadEval(...args);
    expect(r.code).toBe(Exit.FAILURE);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/no-such\.jsonl: cannot read/);
  });
});
