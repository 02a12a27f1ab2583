import type { TierSet } from './TierSet';
import { cnTierSet } from './cnTierSet';
import { sqlIdent } from './sqlIdent';
import { sqlString } from './sqlString';
import { tierNames } from './tierNames';

/**
 * Each tier's customers, revenue, margin and value and their shares of the totals, from a
 * per-customer relation with `tier` (pyramidSql or customer_rfm). Every tier is listed, top
 * down, empty ones with 0. margin and margin_share are NULL when the data has no margin or cost.
 */
export function pyramidTiersSql(opts: { source?: string; tiers?: TierSet } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const values = tierNames(opts.tiers ?? cnTierSet).map((n, i) => `(${i + 1}, ${sqlString(n)})`).join(', ');
  return `WITH names(tier_index, tier) AS (VALUES ${values}),
agg AS (
  SELECT tier, count(*) AS customers, sum(revenue) AS revenue, sum(margin) AS margin, sum(value) AS value
  FROM ${src} GROUP BY tier
),
totals AS (
  SELECT count(*) AS customers, sum(revenue) AS revenue, sum(margin) AS margin, sum(value) AS value FROM ${src}
)
SELECT n.tier_index, n.tier, coalesce(a.customers, 0)::INTEGER AS customers,
  coalesce(a.customers, 0) / nullif(t.customers, 0) AS customer_share,
  coalesce(a.revenue, 0) AS revenue, coalesce(a.revenue, 0) / nullif(t.revenue, 0) AS revenue_share,
  CASE WHEN t.margin IS NOT NULL THEN coalesce(a.margin, 0) END AS margin,
  coalesce(a.margin, 0) / nullif(t.margin, 0) AS margin_share,
  coalesce(a.value, 0) AS value, coalesce(a.value, 0) / nullif(t.value, 0) AS value_share
FROM names AS n LEFT JOIN agg AS a USING (tier), totals AS t
ORDER BY n.tier_index`;
}
