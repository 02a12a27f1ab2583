import type { WindowOptions } from './WindowOptions';
import { repeatCustomersSql } from './repeatCustomersSql';

/**
 * One row of repeat-purchase figures: customers, repeat_customers (2+ orders), repeat_rate,
 * mean_days_between_orders (all gaps between a customer's consecutive orders, pooled: sum of
 * (last - first) over sum of (orders - 1)), and the return share "of last year's customers, how
 * many came back this year": year = the `yearDays` (365) days before ref_date, last year = the
 * `yearDays` before that; last_year_customers, returned_customers, return_share. Years are
 * counted back from ref_date, not by calendar, so a partial calendar year is never compared
 * with a full one. On big data repeatPartSql + repeatStatsFromPartsSql give the same row in
 * customer slices.
 */
export function repeatStatsSql(opts: WindowOptions & { yearDays?: number } = {}): string {
  return `WITH c AS (
  ${repeatCustomersSql(opts)}
)
SELECT count(*)::INTEGER AS customers, count(*) FILTER (WHERE orders >= 2)::INTEGER AS repeat_customers,
  count(*) FILTER (WHERE orders >= 2) / nullif(count(*), 0) AS repeat_rate,
  sum(span) FILTER (WHERE orders >= 2) / nullif(sum(orders - 1), 0) AS mean_days_between_orders,
  count(*) FILTER (WHERE last_year)::INTEGER AS last_year_customers,
  count(*) FILTER (WHERE last_year AND this_year)::INTEGER AS returned_customers,
  count(*) FILTER (WHERE last_year AND this_year) / nullif(count(*) FILTER (WHERE last_year), 0) AS return_share
FROM c`;
}
