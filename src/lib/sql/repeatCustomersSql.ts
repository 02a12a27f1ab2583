import type { WindowOptions } from './WindowOptions';
import { ordersSql } from './ordersSql';
import { sqlNumber } from './sqlNumber';

/**
 * One row per customer with the figures repeatStatsSql counts: customer_id, orders, span (days
 * from the first order to the last), this_year (an order in the `yearDays` days before
 * ref_date), last_year (an order in the `yearDays` before those).
 */
export function repeatCustomersSql(opts: WindowOptions & { yearDays?: number } = {}): string {
  const y = sqlNumber(opts.yearDays ?? 365, 'yearDays', 1, 100000);
  return `SELECT customer_id, count(*) AS orders, date_diff('day', min(order_date), max(order_date)) AS span,
    bool_or(order_date >= ref_date - ${y}) AS this_year,
    bool_or(order_date >= ref_date - 2 * ${y} AND order_date < ref_date - ${y}) AS last_year
  FROM (${ordersSql(opts)}) AS o GROUP BY customer_id, ref_date`;
}
