import { contributionSharesSql } from './contributionSharesSql';
import type { WindowOptions } from './WindowOptions';
import { transactionLinesSql } from './transactionLinesSql';

/** The dimensions a contribution (Pareto) view can be cut by. */
export type ContributionDimension = 'region' | 'product' | 'category' | 'channel';

/**
 * Contribution of each value of a dimension (ANALYSES.md sections 2 and 7): key, revenue (net),
 * customers, orders, margin, revenue_share, cumulative_share (Pareto: running share of revenue,
 * largest first), customer_share; rows by revenue descending, key ascending. Lines with no value
 * for the dimension are grouped under key NULL, listed last. Empty when the column is unmapped.
 */
export function contributionSql(opts: WindowOptions & { dimension: ContributionDimension }): string {
  const dim = opts.dimension;
  if (!['region', 'product', 'category', 'channel'].includes(dim)) {
    throw new Error(`invalid dimension: ${String(dim)} (expected region, product, category or channel)`);
  }
  return `WITH l AS (${transactionLinesSql(opts)}),
g AS (
  SELECT ${dim} AS key, sum(amount) AS revenue, count(DISTINCT customer_id)::INTEGER AS customers,
    (count(DISTINCT order_id) + count(*) FILTER (WHERE order_id IS NULL))::INTEGER AS orders, sum(line_margin) AS margin
  FROM l GROUP BY ${dim}
  HAVING count(${dim}) > 0 OR (SELECT count(${dim}) FROM l) > 0
),
t AS (SELECT sum(amount) AS revenue, count(DISTINCT customer_id) AS customers FROM l)
${contributionSharesSql()}`;
}
