import { lifecycleStages } from './lifecycleStages';
import { sqlIdent } from './sqlIdent';
import { sqlString } from './sqlString';

/**
 * Customers and net revenue per lifecycle stage from a per-customer relation with `stage`
 * (lifecycleSql): stage, customers, customer_share, revenue, revenue_share; all five stages
 * listed in order, empty ones with 0.
 */
export function lifecycleStagesSql(opts: { source?: string } = {}): string {
  const src = sqlIdent(opts.source ?? 'customer_lifecycle');
  const values = lifecycleStages.map((s, i) => `(${i + 1}, ${sqlString(s)})`).join(', ');
  return `WITH names(pos, stage) AS (VALUES ${values}),
agg AS (SELECT stage, count(*) AS customers, sum(revenue) AS revenue FROM ${src} GROUP BY stage),
totals AS (SELECT count(*) AS customers, sum(revenue) AS revenue FROM ${src})
SELECT n.stage, coalesce(a.customers, 0)::INTEGER AS customers,
  coalesce(a.customers, 0) / nullif(t.customers, 0) AS customer_share,
  coalesce(a.revenue, 0) AS revenue, coalesce(a.revenue, 0) / nullif(t.revenue, 0) AS revenue_share
FROM names AS n LEFT JOIN agg AS a USING (stage), totals AS t
ORDER BY n.pos`;
}
