import { cnTierSet } from '../../src/lib/sql/cnTierSet';
import { sqlString } from '../../src/lib/sql/sqlString';
import { tierNames } from '../../src/lib/sql/tierNames';
import type { OverviewSql } from './OverviewSql';

/**
 * The overview's queries for a selection of cell keys, on selectionCellsSql's tables (`where`
 * from cellWhereSql). Same columns and, up to floating-point summation order, the same values as
 * customerOverviewSql on the selected customer_rfm rows: tiers, grid and retention are sums of
 * per-key rows (the selection's totals are the tiers' sums). `ranked` lists the selected customers' x = max(value, 0), value_rank and revenue
 * in the Lorenz order (pos: max(value, 0), customer_id, pre-computed), for lorenzGini and
 * topShare: exact, and the only sort is of integers.
 */
export function cellOverviewSql(where: { agg: string; ranked: string }): Omit<OverviewSql, 'totals'> & { ranked: string } {
  const names = tierNames(cnTierSet).map((n, i) => `(${i + 1}, ${sqlString(n)})`).join(', ');
  return {
    tiers: `WITH names(tier_index, tier) AS (VALUES ${names}),
a AS (SELECT tier, sum(customers) AS customers, sum(revenue) AS revenue FROM overview_sel_agg WHERE ${where.agg} GROUP BY tier),
t AS (SELECT sum(customers) AS customers, sum(revenue) AS revenue FROM a)
SELECT n.tier, coalesce(a.customers, 0)::INTEGER AS customers,
  coalesce(a.customers, 0) / nullif(t.customers, 0) AS customer_share,
  coalesce(a.revenue, 0) AS revenue, coalesce(a.revenue, 0) / nullif(t.revenue, 0) AS revenue_share
FROM names AS n LEFT JOIN a USING (tier), t
ORDER BY n.tier_index`,
    grid: `SELECT r, f, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue, sum(monetary) / nullif(sum(monetary_n), 0) AS mean_m
FROM overview_sel_agg WHERE ${where.agg}
GROUP BY r, f ORDER BY r, f`,
    retention: `SELECT cohort, period, sum(customers)::INTEGER AS customers,
  sum(customers) / max(sum(customers)) OVER (PARTITION BY cohort) AS rate, sum(revenue) AS revenue
FROM overview_sel_ret WHERE ${where.agg}
GROUP BY cohort, period ORDER BY cohort, period`,
    ranked: `SELECT x, value_rank, revenue FROM overview_ranked WHERE ${where.ranked} ORDER BY pos`,
  };
}
