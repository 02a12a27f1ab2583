import { quadrantSplitSql } from './quadrantSplitSql';
import { sqlIdent } from './sqlIdent';

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
  /** The table quadrantSplitSql's `cuts` statements fill with the two cut points. */
  cuts: string;
}

/**
 * valueMatrixSql's rows (same columns, types and values) from per-customer tables instead of
 * the orders: current value is customer_rfm's revenue (the same net revenue per customer in the
 * same window), the future value the trend table's projection (customers not in it have
 * r1 = r0 = 0) or the `future` column; split into quadrants by quadrantSplitSql (run `cuts`,
 * which fill table `opts.cuts`, before `sql`).
 */
export function valueMatrixFromTablesSql(opts: ValueMatrixTables): { cuts: string[]; sql: string } {
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
  const rows = `  SELECT c.customer_id, c.revenue AS current_value, ${future} AS future_value
  FROM ${sqlIdent(opts.customers ?? 'customer_rfm')} AS c
  ${join}`;
  const cells = { both: 'A', x: 'C', y: 'B', none: 'D' };
  return quadrantSplitSql(rows, { x: 'current_value', xHigh: 'current_high', y: 'future_value', yHigh: 'future_high', cells }, opts.split ?? 0.5, opts.cuts);
}
