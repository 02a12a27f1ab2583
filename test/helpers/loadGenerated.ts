import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { loadTransactions, queryRows } from './loadTransactions';

const GEN = new URL('../../../shared/tools/gen-transactions.mjs', import.meta.url);

/**
 * Fill `table` with the shared generator's transactions (`customers`, `seed`; several lines per
 * order, returns) and return the day after the last order, the reference date a sliced build needs.
 */
export function loadGenerated(d: { db: duckdb.DuckDBBindings; conn: duckdb.DuckDBConnection }, customers: number, seed: number, table = 'transactions'): string {
  const tmp = mkdtempSync(join(tmpdir(), 'gen-'));
  try {
    const out = join(tmp, 'tx.csv');
    execFileSync(process.execPath, [GEN.pathname, '--customers', String(customers), '--seed', String(seed), '--quiet', '--out', out, '--lines']);
    loadTransactions(d.db, d.conn, new Uint8Array(readFileSync(out)), table);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return String(queryRows(d.conn, `SELECT (max(order_date) + 1)::VARCHAR AS d FROM ${table}`)[0]!.d);
}
