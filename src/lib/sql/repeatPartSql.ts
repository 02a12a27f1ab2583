import type { WindowOptions } from './WindowOptions';
import { repeatCustomersSql } from './repeatCustomersSql';

/**
 * repeatStatsSql's counts and sums for the customers of `opts.table` (one customer slice of
 * the transactions on big data), as one row: customers, repeat_customers, span_days (summed
 * over repeat customers), gaps (sum of orders - 1), last_year_customers, returned_customers.
 * Customers of different slices are different, so repeatStatsFromPartsSql adds the rows up.
 * `opts.refDate` must be given, or each slice would take its own latest date.
 */
export function repeatPartSql(opts: WindowOptions & { yearDays?: number; refDate: string }): string {
  return `WITH c AS (
  ${repeatCustomersSql(opts)}
)
SELECT count(*) AS customers, count(*) FILTER (WHERE orders >= 2) AS repeat_customers,
  sum(span) FILTER (WHERE orders >= 2) AS span_days, sum(orders - 1) AS gaps,
  count(*) FILTER (WHERE last_year) AS last_year_customers,
  count(*) FILTER (WHERE last_year AND this_year) AS returned_customers
FROM c`;
}
