import type { SegmentMap } from './SegmentMap';
import { sqlIdent } from './sqlIdent';
import { sqlString } from './sqlString';

/**
 * Size and revenue of each segment of `map`, from the `segment_<name>` column of a per-customer
 * relation: segment, customers, customer_share, revenue, revenue_share. Every segment of the map
 * is listed, in map order with `otherwise` (if any) last, including empty ones (0 customers).
 */
export function segmentSizesSql(opts: { map: SegmentMap; source?: string }): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const { rules, otherwise } = opts.map;
  const names = [...new Set([...rules.map((r) => r.segment), ...(otherwise === undefined ? [] : [otherwise])])];
  const values = names.map((n, i) => `(${i + 1}, ${sqlString(n)})`).join(', ');
  const col = sqlIdent(`segment_${opts.map.name}`);
  return `WITH names(pos, segment) AS (VALUES ${values}),
sizes AS (
  SELECT ${col} AS segment, count(*) AS customers, sum(revenue) AS revenue FROM ${src} GROUP BY 1
),
totals AS (SELECT count(*) AS customers, sum(revenue) AS revenue FROM ${src})
SELECT n.segment, coalesce(s.customers, 0)::INTEGER AS customers,
  coalesce(s.customers, 0) / nullif(t.customers, 0) AS customer_share,
  coalesce(s.revenue, 0) AS revenue,
  coalesce(s.revenue, 0) / nullif(t.revenue, 0) AS revenue_share
FROM names AS n LEFT JOIN sizes AS s USING (segment), totals AS t
ORDER BY n.pos`;
}
