import { sqlIdent } from './sqlIdent';

/**
 * The R x F grid from a per-customer relation (customer_rfm): r, f, customers, customer_share,
 * revenue, revenue_share, mean_m. Only cells with customers are listed (a chart fills the rest).
 * Shares are of all customers and of total net revenue.
 */
export function rfGridSql(opts: { source?: string } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  return `SELECT r, f, count(*)::INTEGER AS customers,
  count(*) / sum(count(*)) OVER () AS customer_share,
  sum(revenue) AS revenue,
  sum(revenue) / nullif(sum(sum(revenue)) OVER (), 0) AS revenue_share,
  avg(monetary) AS mean_m
FROM ${src}
GROUP BY r, f
ORDER BY r, f`;
}
