import { sqlIdent } from './sqlIdent';

/** The per-customer groups a CLV can be summarised by (columns of customer_rfm). */
export type ClvGroupBy = 'segment_rfm10' | 'segment_cn8' | 'tier';

/**
 * A per-customer CLV query (customer_id, clv, periods_seen) summarised by an RFM segment or
 * pyramid tier of `customerTable` (default customer_rfm): `group`, customers, mean_clv,
 * total_clv, clv_share (of the total over all groups), mean_periods_seen. Tiers come in pyramid
 * order (top first), segments by mean CLV, highest first.
 */
export function clvGroupsSql(perCustomerSql: string, by: ClvGroupBy, customerTable = 'customer_rfm'): string {
  if (by !== 'segment_rfm10' && by !== 'segment_cn8' && by !== 'tier') {
    throw new Error(`invalid group: ${String(by)} (expected segment_rfm10, segment_cn8 or tier)`);
  }
  const order = by === 'tier' ? 'min(s.tier_index), 1' : 'mean_clv DESC, 1';
  return `WITH v AS (
${perCustomerSql}
)
SELECT s.${by} AS "group", count(*)::INTEGER AS customers, avg(v.clv) AS mean_clv, sum(v.clv) AS total_clv,
  sum(v.clv) / nullif(sum(sum(v.clv)) OVER (), 0) AS clv_share, avg(v.periods_seen) AS mean_periods_seen
FROM v JOIN ${sqlIdent(customerTable)} AS s USING (customer_id)
GROUP BY s.${by}
ORDER BY ${order}`;
}
