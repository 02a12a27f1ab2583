import type { WindowOptions } from './WindowOptions';
import type { ContributionDimension } from './contributionSql';
import { sqlNumber } from './sqlNumber';
import { transactionLinesSql } from './transactionLinesSql';

/**
 * contributionSql's counts and sums for one hash slice `k` of `of`, as rows (kind, key, revenue,
 * customers, orders, margin, keyed) that contributionFromPartsSql adds up. `by: 'customer'`
 * slices on the customer: kind 'g' per value of the dimension (revenue, distinct customers,
 * order-less lines, margin, lines with a value) and one kind 't' row (the slice's revenue,
 * distinct customers and lines with a value). `by: 'order'` slices on the order id: kind 'o'
 * rows with the distinct order ids per value. A customer (an order id) is in one slice only, so
 * the distinct counts add up exactly. In one statement 20M lines ran DuckDB-WASM out of memory.
 */
export function contributionPartSql(opts: WindowOptions & { dimension: ContributionDimension; by: 'customer' | 'order'; k: number; of: number }): string {
  const dim = opts.dimension;
  if (!['region', 'product', 'category', 'channel'].includes(dim)) {
    throw new Error(`invalid dimension: ${String(dim)} (expected region, product, category or channel)`);
  }
  if (!Number.isInteger(opts.of) || !Number.isInteger(opts.k)) throw new Error(`invalid slice: ${opts.k} of ${opts.of} (expected whole numbers)`);
  const of = sqlNumber(opts.of, 'of', 1);
  const k = sqlNumber(opts.k, 'k', 0, opts.of - 1);
  const lines = transactionLinesSql(opts);
  if (opts.by === 'order') {
    return `SELECT 'o' AS kind, ${dim} AS key, NULL::DOUBLE AS revenue, 0::BIGINT AS customers, count(DISTINCT order_id) AS orders,
  NULL::DOUBLE AS margin, 0::BIGINT AS keyed
FROM (${lines}) AS l
WHERE order_id IS NOT NULL AND hash(order_id) % ${of} = ${k}
GROUP BY ${dim}`;
  }
  return `WITH l AS (SELECT * FROM (${lines}) AS l WHERE hash(customer_id) % ${of} = ${k})
SELECT 'g' AS kind, ${dim} AS key, sum(amount) AS revenue, count(DISTINCT customer_id) AS customers,
  count(*) FILTER (WHERE order_id IS NULL) AS orders, sum(line_margin) AS margin, count(${dim}) AS keyed
FROM l GROUP BY ${dim}
UNION ALL
SELECT 't', NULL, sum(amount), count(DISTINCT customer_id), 0, NULL, count(${dim}) FROM l`;
}
