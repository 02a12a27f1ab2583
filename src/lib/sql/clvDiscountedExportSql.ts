import { clvDiscountedSql, type ClvDiscountedOptions } from './clvDiscountedSql';
import { sqlIdent } from './sqlIdent';

/**
 * The per-customer discounted CLV (clvDiscountedSql) with each customer's RFM segments and tier
 * from `customerTable` (default customer_rfm), highest CLV first: the customer list to export.
 * Columns: customer_id, segment_rfm10, segment_cn8, tier, first_date, periods_seen, value, clv.
 */
export function clvDiscountedExportSql(opts: ClvDiscountedOptions = {}, customerTable = 'customer_rfm'): string {
  return `SELECT v.customer_id, s.segment_rfm10, s.segment_cn8, s.tier, v.first_date::VARCHAR AS first_date,
  v.periods_seen, round(v.value, 2) AS value, round(v.clv, 2) AS clv
FROM (
${clvDiscountedSql(opts)}
) AS v
LEFT JOIN ${sqlIdent(customerTable)} AS s USING (customer_id)
ORDER BY v.clv DESC, v.customer_id`;
}
