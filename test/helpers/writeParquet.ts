import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * The bytes of a Parquet file that native DuckDB writes from `select`, in row groups of about
 * `rowGroupRows` rows: a real writer's file (several row groups, dictionary pages, snappy),
 * which the hand-made fixture (makeParquet, one PLAIN row group) does not cover.
 */
export async function writeParquet(select: string, rowGroupRows: number): Promise<Uint8Array<ArrayBuffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'segbook-parquet-'));
  const path = join(dir, 'out.parquet');
  const db = await DuckDBInstance.create(':memory:');
  try {
    const conn = await db.connect();
    await conn.run(`COPY (${select}) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE ${rowGroupRows})`);
    conn.closeSync();
    return new Uint8Array(readFileSync(path));
  } finally {
    db.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
