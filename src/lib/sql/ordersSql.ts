import type { WindowOptions } from './WindowOptions';
import { transactionLinesSql } from './transactionLinesSql';

/**
 * One row per order: customer_id, order_id, order_date (the order's first line date), amount
 * (net: returns are negative lines), margin, lines, ref_date. An order is a distinct order_id
 * per customer; a line whose order_id is NULL is an order on its own (ANALYSES.md: without an
 * order id one row is one order), so two such rows on the same day are two orders.
 * With `linesAreOrders` the lines are the orders, as they are (see WindowOptions).
 */
export function ordersSql(opts: WindowOptions = {}): string {
  if (opts.linesAreOrders) {
    // One line per group: min, sum and count over it are the line's own values.
    return `SELECT customer_id, order_id, order_date, amount, line_margin AS margin, 1::INTEGER AS lines, ref_date
FROM (${transactionLinesSql(opts)}) AS l`;
  }
  return `SELECT customer_id, order_id, min(order_date) AS order_date, sum(amount) AS amount,
  sum(line_margin) AS margin, count(*)::INTEGER AS lines, any_value(ref_date) AS ref_date
FROM (${transactionLinesSql(opts)}) AS l
GROUP BY customer_id, order_id, CASE WHEN order_id IS NULL THEN line END`;
}
