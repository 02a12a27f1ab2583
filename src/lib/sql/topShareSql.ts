import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';

/**
 * "The top x% of customers bring y% of revenue", for each x in `shares` (0..1): share,
 * customers (ranks i <= x*N by value, ties by customer_id, as the pyramid tiers count),
 * revenue_share and value_share of the net totals.
 */
export function topShareSql(opts: { source?: string; shares?: number[] } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const shares = opts.shares ?? [0.2];
  if (shares.length === 0) throw new Error('invalid shares: none (expected at least one)');
  const values = shares.map((s) => `(${sqlNumber(s, 'share', 0, 1)})`).join(', ');
  return `WITH ranked AS (
  SELECT revenue, value, row_number() OVER (ORDER BY value DESC NULLS LAST, customer_id) AS i,
    count(*) OVER () AS n
  FROM ${src}
),
totals AS (SELECT sum(revenue) AS revenue, sum(value) AS value, count(*) AS n FROM ${src}),
x(share) AS (VALUES ${values})
SELECT x.share::DOUBLE AS share, count(r.i)::INTEGER AS customers,
  coalesce(sum(r.revenue), 0) / nullif(any_value(t.revenue), 0) AS revenue_share,
  coalesce(sum(r.value), 0) / nullif(any_value(t.value), 0) AS value_share
FROM x CROSS JOIN totals AS t
  LEFT JOIN ranked AS r ON r.i <= floor(x.share * t.n + 1e-6)
GROUP BY x.share
ORDER BY x.share`;
}
