import { clvSummary, type ClvSummaryOptions } from '../../src/lib/sql/clvSummary';
import { customerSliceViewSql } from '../../src/lib/sql/customerSliceViewSql';
import type { Queryable } from './Queryable';

const SLICE_VIEW = '__clv_slice';

/**
 * Create `table` with clvSummary's rows, in `parts` customer slices (a customer's orders are all
 * in one slice, so the rows are the same; only their order is by slice, then customer_id). The
 * summary groups every order by customer and day: over 50M orders one statement's hash tables
 * ran DuckDB-WASM's 3.1 GiB out. A plain table, not a TEMP one, so that CHECKPOINT after each
 * slice compresses the rows so far as big imports do (temp tables stay uncompressed).
 */
export function clvSummaryTable(q: Queryable, table: string, opts: Omit<ClvSummaryOptions, 'table'>, parts: number): void {
  if (parts <= 1) {
    q.query(`CREATE OR REPLACE TABLE ${table} AS ${clvSummary(opts)}`);
    return;
  }
  try {
    for (let k = 0; k < parts; k++) {
      q.query(customerSliceViewSql(SLICE_VIEW, k, parts));
      q.query(`${k === 0 ? `CREATE OR REPLACE TABLE ${table} AS` : `INSERT INTO ${table}`} ${clvSummary({ ...opts, table: SLICE_VIEW })}`);
      q.query('CHECKPOINT');
    }
  } finally {
    q.query(`DROP VIEW IF EXISTS ${SLICE_VIEW}`);
  }
}
