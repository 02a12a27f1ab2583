import type { LifecycleOptions } from './LifecycleOptions';
import { customerSliceViewSql } from './customerSliceViewSql';
import { lifecycleMigrationSql } from './lifecycleMigrationSql';
import { lifecycleStages } from './lifecycleStages';
import { sqlString } from './sqlString';

const VIEW = '__migration_part';
const PARTS = '__migration_parts';

/**
 * lifecycleMigrationSql's rows (same columns, types and order) one customer slice of `parts`
 * at a time: `build` inserts each slice's moves (both snapshots are fixed dates, and a
 * customer's stages depend on that customer's orders only), `query` adds them up, `drop` cleans
 * up. The two snapshots of 20M orders in one statement ran DuckDB-WASM out of memory.
 */
export function lifecycleMigrationPartsSql(
  opts: Omit<LifecycleOptions, 'refDate'> & { before: string; after: string },
  parts: number,
): { build: string[]; query: string; drop: string[] } {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`invalid parts: ${parts} (expected a whole number >= 1)`);
  const build: string[] = [];
  for (let k = 0; k < parts; k++) {
    const moves = lifecycleMigrationSql({ ...opts, table: VIEW });
    build.push(customerSliceViewSql(VIEW, k, parts, opts.table), k === 0 ? `CREATE OR REPLACE TEMP TABLE ${PARTS} AS ${moves}` : `INSERT INTO ${PARTS} ${moves}`);
  }
  const order = `[${['none', ...lifecycleStages].map(sqlString).join(', ')}]`;
  const query = `SELECT from_stage, to_stage, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue
FROM ${PARTS}
GROUP BY 1, 2
ORDER BY list_position(${order}, from_stage), list_position(${order}, to_stage)`;
  return { build, query, drop: [`DROP VIEW IF EXISTS ${VIEW}`, `DROP TABLE IF EXISTS ${PARTS}`] };
}
