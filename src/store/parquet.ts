// Parquet export through DuckDB: the CSV export (one row per mention, CSV_COLUMNS) is read by DuckDB with
// explicit column types — codes stay VARCHAR so "042" keeps its zero — and copied to a Parquet file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EventRecord } from '../core/event.js';
import { CSV_COLUMNS, toCsv } from './export.js';

/** DuckDB types of the columns that are not text. */
const TYPES: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
  sentence: 'INTEGER',
  hedged: 'BOOLEAN',
  quad_class: 'INTEGER',
  goldstein: 'DOUBLE',
  lat: 'DOUBLE',
  lon: 'DOUBLE',
  confidence: 'DOUBLE',
};

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Writes `events` to the Parquet file `out` (replacing it); resolves to the number of rows written. */
export async function writeParquet(events: readonly EventRecord[], out: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-parquet-'));
  const csv = join(dir, 'events.csv');
  writeFileSync(csv, toCsv(events, true) || `${CSV_COLUMNS.join(',')}\n`);
  const columns = CSV_COLUMNS.map((c) => `${sqlString(c)}: ${sqlString(TYPES[c] ?? 'VARCHAR')}`).join(', ');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(
      `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, columns = {${columns}}))
       TO ${sqlString(out)} (FORMAT parquet)`,
    );
    return events.length;
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
