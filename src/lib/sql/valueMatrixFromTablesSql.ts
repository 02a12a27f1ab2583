import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';

/** Options of valueMatrixFromTablesSql: where the future value comes from (one of the two). */
export interface ValueMatrixTables {
  /** The per-customer table with current value `revenue` (customer_rfm, the default). */
  customers?: string;
  /** A matrixTrendSql table: future = the recent-trend projection max(0, 2 x r1 - r0). */
  trend?: string;
  /** Future value per customer (e.g. predicted CLV), matched on `id`; absent customers get 0. */
  future?: { table: string; column: string; id?: string };
  /** Quantile that splits high from low on both axes (0.5, the median). */
  split?: number;
}

/**
 * valueMatrixSql's rows (same columns, types and values) from per-customer tables instead of
 * the orders: current value is customer_rfm's revenue (the same net revenue per customer in the
 * same window), the future value the trend table's projection or the `future` column. The cuts
 * are one aggregate cross-joined to the rows, the same quantile as valueMatrixSql's window
 * (splitSql) without a window that holds every customer's row; `v` is not materialized, so
 * neither is held whole: each use reads the tables again.
 */
export function valueMatrixFromTablesSql(opts: ValueMatrixTables): string {
  const { trend, future: f } = opts;
  let future: string;
  let join: string;
  if (f !== undefined && trend === undefined) {
    future = `coalesce(fv.${sqlIdent(f.column)}, 0)::DOUBLE`;
    join = `LEFT JOIN ${sqlIdent(f.table)} AS fv ON fv.${sqlIdent(f.id ?? 'customer_id')}::VARCHAR = c.customer_id`;
  } else if (trend !== undefined && f === undefined) {
    future = 'greatest(0, 2 * coalesce(t.r1, 0) - coalesce(t.r0, 0))';
    join = `LEFT JOIN ${sqlIdent(trend)} AS t ON t.customer_id = c.customer_id`;
  } else throw new Error('value matrix: expected one future value (trend or future)');
  const q = opts.split ?? 0.5;
  if (!(q > 0 && q < 1)) throw new Error(`invalid split: ${String(q)} (expected 0 < split < 1)`);
  const s = sqlNumber(q, 'split');
  return `WITH v AS NOT MATERIALIZED (
  SELECT c.customer_id, c.revenue AS current_value, ${future} AS future_value
  FROM ${sqlIdent(opts.customers ?? 'customer_rfm')} AS c
  ${join}
),
k AS (SELECT quantile_cont(current_value, ${s}) AS current_cut, quantile_cont(future_value, ${s}) AS future_cut FROM v),
s AS (
  SELECT v.*, v.current_value > k.current_cut AS current_high, v.future_value > k.future_cut AS future_high
  FROM v CROSS JOIN k
)
SELECT *, CASE WHEN current_high AND future_high THEN 'A' WHEN future_high THEN 'B'
  WHEN current_high THEN 'C' ELSE 'D' END AS cell
FROM s`;
}
