import type { WindowOptions } from './WindowOptions';
import { ordersSql } from './ordersSql';
import { sqlNumber } from './sqlNumber';

/**
 * One row of repeat-purchase figures: customers, repeat_customers (2+ orders), repeat_rate,
 * mean_days_between_orders (all gaps between a customer's consecutive orders, pooled: sum of
 * (last - first) over sum of (orders - 1)), and the return share "of last year's customers, how
 * many came back this year": year = the `yearDays` (365) days before ref_date, last year = the
 * `yearDays` before that; last_year_customers, returned_customers, return_share. Years are
 * counted back from ref_date, not by calendar, so a partial calendar year is never compared
 * with a full one.
 */
export function repeatStatsSql(opts: WindowOptions & { yearDays?: number } = {}): string {
  const y = sqlNumber(opts.yearDays ?? 365, 'yearDays', 1, 100000);
  return `WITH o AS (${ordersSql(opts)}),
c AS (
  SELECT customer_id, count(*) AS orders, date_diff('day', min(order_date), max(order_date)) AS span,
    bool_or(order_date >= ref_date - ${y}) AS this_year,
    bool_or(order_date >= ref_date - 2 * ${y} AND order_date < ref_date - ${y}) AS last_year
  FROM o GROUP BY customer_id, ref_date
)
SELECT count(*)::INTEGER AS customers, count(*) FILTER (WHERE orders >= 2)::INTEGER AS repeat_customers,
  count(*) FILTER (WHERE orders >= 2) / nullif(count(*), 0) AS repeat_rate,
  sum(span) FILTER (WHERE orders >= 2) / nullif(sum(orders - 1), 0) AS mean_days_between_orders,
  count(*) FILTER (WHERE last_year)::INTEGER AS last_year_customers,
  count(*) FILTER (WHERE last_year AND this_year)::INTEGER AS returned_customers,
  count(*) FILTER (WHERE last_year AND this_year) / nullif(count(*) FILTER (WHERE last_year), 0) AS return_share
FROM c`;
}
