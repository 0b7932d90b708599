import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';

const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const dir = join(packageRoot, 'test', 'fixtures', 'config');
/** Runs the CLI from the folder that holds the user's dyad.config.yaml. */
const dyad = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(tsx, [join(packageRoot, 'src', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, DYAD_KB_CACHE: 'off', ...env },
  });

describe('dyad.config.yaml: the user data every command loads', { timeout: 60_000 }, () => {
  it('adds the knowledge-base overlay it names', () => {
    const r = dyad(['resolve', 'the Rangers', '--date', '2026-01-03']);
    expect(r.stdout).toMatch(/^ARNREB/);
  });

  it('adds the pattern folders it names', () => {
    const r = dyad(['code', '--date', '2026-01-03', '--format', 'jsonl', 'Japan bedazzled China on Friday.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"code":"051"');
    expect(r.stdout).toContain('user.051.bedazzle');
  });

  it('reports a malformed file with its line on stderr, and the command still runs', () => {
    const bad = join(dir, 'broken', 'dyad.config.yaml');
    const r = dyad(['code', '--date', '2026-01-03', '--format', 'jsonl', 'Japan met China.'], {
      DYAD_CONFIG: bad,
    });
    expect(r.stderr).toMatch(/broken\/dyad\.config\.yaml:\d+: /);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"code":"042"');
  });

  it('is not read outside its folder unless DYAD_CONFIG names it', () => {
    const outside = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        tsx,
        [join(packageRoot, 'src', 'cli', 'main.ts'), 'resolve', 'the Rangers', '--date', '2026-01-03'],
        {
          encoding: 'utf8',
          cwd: packageRoot,
          env: { ...process.env, DYAD_KB_CACHE: 'off', ...env },
        },
      );
    expect(outside({}).stdout).not.toMatch(/^ARNREB/);
    expect(outside({ DYAD_CONFIG: join(dir, 'dyad.config.yaml') }).stdout).toMatch(/^ARNREB/);
  });
});
