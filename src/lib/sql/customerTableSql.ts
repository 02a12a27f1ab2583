import type { CustomerRfmOptions } from './CustomerRfmOptions';
import type { LifecycleRules } from './LifecycleOptions';
import { cn8Map } from './cn8Map';
import { customerRfmSql } from './customerRfmSql';
import { lifecycleSql } from './lifecycleSql';
import { rf10Map } from './rf10Map';
import { rfm10Map } from './rfm10Map';
import { sqlIdent } from './sqlIdent';

/** Options of customerTableSql. */
export interface CustomerTableOptions extends CustomerRfmOptions, LifecycleRules {
  /** Predicted CLV per customer (the CLV fit's output), matched on `id`; adds column `clv`. */
  clv?: { table: string; column: string; id?: string };
  /** P(alive) per customer, for the lifecycle's lost rule. */
  pAlive?: { table: string; column: string; id?: string };
}

/**
 * The per-customer export (`--customers-out`, and the customer list of any selection):
 * customer_id, first_date, last_date, recency_days, frequency, monetary, revenue, r, f, m,
 * rfm_cell, one segment_<map> per map, tier, stage, and clv when given. Dates are ISO text.
 */
export function customerTableSql(opts: CustomerTableOptions = {}): string {
  const maps = opts.maps ?? [rfm10Map, rf10Map, cn8Map];
  const segs = maps.map((m) => `c.segment_${m.name}`).join(', ');
  const clv = opts.clv;
  const clvCol = clv === undefined ? '' : `, v.${sqlIdent(clv.column)}::DOUBLE AS clv`;
  const clvJoin = clv === undefined ? '' : `\nLEFT JOIN ${sqlIdent(clv.table)} AS v ON v.${sqlIdent(clv.id ?? 'customer_id')}::VARCHAR = c.customer_id`;
  return `WITH c AS (
${customerRfmSql(opts)}
),
l AS (
${lifecycleSql(opts)}
)
SELECT c.customer_id, c.first_date::VARCHAR AS first_date, c.last_date::VARCHAR AS last_date,
  c.recency_days, c.frequency, c.monetary, c.revenue, c.r, c.f, c.m, c.rfm_cell, ${segs},
  c.tier, l.stage${clvCol}
FROM c JOIN l USING (customer_id)${clvJoin}
ORDER BY c.value_rank`;
}
