import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/paths.js';

const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const dyad = (...args: string[]) =>
  spawnSync(tsx, [join(packageRoot, 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8' });

describe('dyad resolve and dyad kb', { timeout: 60_000 }, () => {
  it('prints the actor and the rule, exit 0', () => {
    const r = dyad('resolve', 'the Japanese prime minister', '--date', '2026-01-03');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('JPNGOV');
    expect(r.stdout).toContain('Sanae Takaichi');
    expect(r.stdout).toMatch(/rule: office-holder/);
  });

  it('prints unknown with the reason, exit 1', () => {
    const r = dyad('resolve', 'the weather', '--date', '2026-01-03');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^unknown: not in the knowledge base/);
  });

  it('reads an ambiguous name from --context, as JSON', () => {
    const r = dyad('resolve', 'Georgia', '--date', '2025-01-01', '--context', 'Rallies in Atlanta', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).actor.code).toBe('USA');
  });

  it('rejects a bad date with exit 2', () => {
    expect(dyad('resolve', 'Beijing', '--date', 'yesterday').status).toBe(2);
  });

  it('loads a user overlay with --kb, reporting malformed entries on stderr (exit by the answer)', () => {
    const r = dyad(
      'resolve',
      'Strider',
      '--date',
      '3019-06-01',
      '--kb',
      join(packageRoot, 'test/fixtures/kb/overlay'),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ARNGOV');
    expect(r.stderr).toContain('countries.yaml:5');
  });

  it('prints the counts', () => {
    const r = dyad('kb', 'stats', '--json');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.countries).toBeGreaterThanOrEqual(249);
    expect(s.cameo_codes).toBeGreaterThan(300);
    expect(s.agents).toBeGreaterThan(100);
  });
});
