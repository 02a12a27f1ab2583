import type { ValueOption } from './ValueOption';
import { sqlIdent } from './sqlIdent';

/**
 * The pyramid's value expression over per-customer rows aliased `s` (customer_id, revenue,
 * margin), and the LEFT JOIN it needs when the value comes from another table (alias `fv`;
 * customers missing there count as 0). Shared by pyramidSql and the sliced customer_rfm build
 * (customerRfmRanksSql) so both rank on the same number.
 */
export function pyramidValueSql(value: ValueOption | undefined): { value: string; join: string } {
  const v = value ?? 'revenue';
  if (v === 'revenue' || v === 'margin') return { value: `s.${v}`, join: '' };
  if (typeof v === 'object' && v !== null) {
    return {
      value: `coalesce(fv.${sqlIdent(v.column)}, 0)`,
      join: `\n  LEFT JOIN ${sqlIdent(v.table)} AS fv ON fv.${sqlIdent(v.id ?? 'customer_id')}::VARCHAR = s.customer_id`,
    };
  }
  throw new Error(`invalid value: ${JSON.stringify(v)} (expected revenue, margin or {table, column})`);
}
