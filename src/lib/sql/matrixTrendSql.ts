import type { WindowOptions } from './WindowOptions';
import { ordersSql } from './ordersSql';
import { sqlNumber } from './sqlNumber';
import { trendRevenueSql } from './trendRevenueSql';

/**
 * The value matrix's trend inputs per customer (customer_id, r1, r0: trendRevenueSql) for the
 * customers with an order in the two trend windows; every other customer has r1 = r0 = 0. Only
 * these two sums need the orders: current value is customer_rfm's revenue, so the matrices
 * view reads the orders once, into a table (customerSlicedTableSql), instead of in every query.
 */
export function matrixTrendSql(opts: WindowOptions & { trendDays?: number } = {}): string {
  const days = opts.trendDays ?? 180;
  const d = sqlNumber(days, 'trendDays', 1, 1e6);
  return `SELECT customer_id,
    ${trendRevenueSql(days)}
FROM (${ordersSql(opts)}) AS o
WHERE order_date >= ref_date - 2 * ${d}
GROUP BY customer_id`;
}
