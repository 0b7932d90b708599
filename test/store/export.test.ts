// `dyad export --format gdelt`: 61 tab-separated columns per row, and a header-aware reader (DuckDB's
// read_csv with header=true) loads the file to the same rows with GDELT's column names.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../../src/events/index.js';
import { fillStore, mention, shelling } from '../../src/store/test-helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gdelt-'));
const db = join(dir, 'events.db');
const exportTo = (out: string, ...args: string[]) =>
  execFileSync(
    'npx',
    ['tsx', 'src/cli/main.ts', 'export', '--db', db, '--format', 'gdelt', '--out', out, ...args],
    {
      encoding: 'utf8',
    },
  );

beforeAll(() =>
  fillStore(db, [
    [
      { id: 'a1', text: 'Text.', published: '2026-01-02', url: 'https://news.test/a1' },
      [
        mention('a1-e0'),
        shelling('a1-e1', { evidence: { text: 'Russia\tshelled\nKharkiv.', start: 0, end: 23 } }),
      ],
    ],
    [{ id: 'a2', text: 'Other.', published: '2026-01-05' }, [mention('a2-e0', { article_id: 'a2' })]],
  ]),
);

describe('dyad export --format gdelt', () => {
  it('writes 61 columns per row, header first, and DuckDB reads it back by column name', async () => {
    const out = join(dir, 'events.tsv');
    exportTo(out);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split('\t')).toHaveLength(61);
    expect(lines[0]!.split('\t')).toEqual([...GDELT_COLUMNS]);
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await duck.runAndReadAll(
      `SELECT * FROM read_csv('${out}', header = true, delim = '\t', quote = '', all_varchar = true)`,
    );
    const rows = reader.getRowObjectsJson() as Array<Record<string, string | null>>;
    expect(reader.columnNames()).toEqual([...GDELT_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byCode = Object.fromEntries(rows.map((r) => [r.EventCode, r]));
    expect(byCode['190']).toMatchObject({
      EventRootCode: '19',
      QuadClass: '4',
      SOURCEURL: 'https://news.test/a1',
    });
    expect(byCode['042']?.SOURCEURL).toMatch(/^(https:\/\/news\.test\/a1|a2)$/);
    duck.closeSync();
  });
  it('writes GDELT raw layout (no header) with --no-header', () => {
    const out = join(dir, 'raw.tsv');
    exportTo(out, '--no-header');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.split('\t').length === 61)).toBe(true);
  });
});

describe('dyad export --format parquet', () => {
  it('writes a Parquet file DuckDB reads back to the same rows, codes kept as text', async () => {
    const out = join(dir, 'events.parquet');
    execFileSync(
      'npx',
      ['tsx', 'src/cli/main.ts', 'export', '--db', db, '--format', 'parquet', '--out', out],
      {
        encoding: 'utf8',
      },
    );
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await duck.runAndReadAll(
      `SELECT code, quad_class, goldstein FROM read_parquet('${out}') ORDER BY goldstein, id`,
    );
    expect(reader.getRowObjectsJson()).toEqual([
      { code: '190', quad_class: 4, goldstein: -10 },
      { code: '042', quad_class: 1, goldstein: 1.9 },
      { code: '042', quad_class: 1, goldstein: 1.9 },
    ]);
    duck.closeSync();
  });
  it('needs --out (exit 2)', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'export', '--db', db, '--format', 'parquet'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
  });
});
