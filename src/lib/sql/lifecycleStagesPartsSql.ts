import type { LifecycleOptions } from './LifecycleOptions';
import { customerSliceViewSql } from './customerSliceViewSql';
import { lifecycleSql } from './lifecycleSql';
import { lifecycleStages } from './lifecycleStages';
import { sqlString } from './sqlString';

const VIEW = '__life_part';
const SLICE = '__life_slice';
const PARTS = '__life_parts';

/**
 * What loadLifecycle runs on big data, one customer slice of `parts` at a time: `build` places
 * each slice's customers in stages (lifecycleSql over the slice, at `opts.refDate`, which must
 * be given: each slice would otherwise take its own latest date), fills customer_stage
 * (customer_id, stage) and adds the slice's customers and revenue per stage to a temp table;
 * `query` gives lifecycleStagesSql's rows from those; `drop` removes the temp view and tables.
 * A customer's stage depends on that customer's orders only, so the stages are the same as in
 * one statement, which ran DuckDB-WASM out of memory with other views' tables held on 20M rows.
 */
export function lifecycleStagesPartsSql(opts: LifecycleOptions & { refDate: string }, parts: number): { build: string[]; query: string; drop: string[] } {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`invalid parts: ${parts} (expected a whole number >= 1)`);
  const build: string[] = [];
  for (let k = 0; k < parts; k++) {
    build.push(
      customerSliceViewSql(VIEW, k, parts, opts.table),
      `CREATE OR REPLACE TEMP TABLE ${SLICE} AS SELECT customer_id, stage, revenue FROM (${lifecycleSql({ ...opts, table: VIEW })}) AS l`,
      `${k === 0 ? 'CREATE OR REPLACE TABLE customer_stage AS' : 'INSERT INTO customer_stage'} SELECT customer_id, stage FROM ${SLICE}`,
      `${k === 0 ? `CREATE OR REPLACE TEMP TABLE ${PARTS} AS` : `INSERT INTO ${PARTS}`} SELECT stage, count(*) AS customers, sum(revenue) AS revenue FROM ${SLICE} GROUP BY stage`,
    );
  }
  const values = lifecycleStages.map((s, i) => `(${i + 1}, ${sqlString(s)})`).join(', ');
  const query = `WITH names(pos, stage) AS (VALUES ${values}),
agg AS (SELECT stage, sum(customers)::BIGINT AS customers, sum(revenue) AS revenue FROM ${PARTS} GROUP BY stage),
totals AS (SELECT sum(customers)::BIGINT AS customers, sum(revenue) AS revenue FROM ${PARTS})
SELECT n.stage, coalesce(a.customers, 0)::INTEGER AS customers,
  coalesce(a.customers, 0) / nullif(t.customers, 0) AS customer_share,
  coalesce(a.revenue, 0) AS revenue, coalesce(a.revenue, 0) / nullif(t.revenue, 0) AS revenue_share
FROM names AS n LEFT JOIN agg AS a USING (stage), totals AS t
ORDER BY n.pos`;
  return { build, query, drop: [`DROP VIEW IF EXISTS ${VIEW}`, `DROP TABLE IF EXISTS ${SLICE}`, `DROP TABLE IF EXISTS ${PARTS}`] };
}
