import type { WindowOptions } from './WindowOptions';
import { ordersSql } from './ordersSql';

/**
 * One row per customer with an order in the window: customer_id, ref_date, first_date,
 * last_date, recency_days (last order to ref_date), frequency (orders), revenue (net amount),
 * margin (NULL when the data has neither margin nor cost).
 */
export function customerBaseSql(opts: WindowOptions = {}): string {
  return `SELECT customer_id, any_value(ref_date) AS ref_date, min(order_date) AS first_date,
  max(order_date) AS last_date,
  date_diff('day', max(order_date), any_value(ref_date))::INTEGER AS recency_days,
  count(*)::INTEGER AS frequency, sum(amount) AS revenue, sum(margin) AS margin
FROM (${ordersSql(opts)}) AS o
GROUP BY customer_id`;
}
