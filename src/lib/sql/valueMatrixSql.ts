import type { WindowOptions } from './WindowOptions';
import { ordersSql } from './ordersSql';
import { splitSql } from './splitSql';
import { sqlIdent } from './sqlIdent';
import { trendRevenueSql } from './trendRevenueSql';

/** Options of valueMatrixSql. */
export interface ValueMatrixOptions extends WindowOptions {
  /** Future value per customer (e.g. predicted CLV), matched on `id`; absent customers get 0. */
  future?: { table: string; column: string; id?: string };
  /** Without `future`: the length of the two trend windows (180 days). */
  trendDays?: number;
  /** Quantile that splits high from low on both axes: 0.5 (median, default) or 0.8 (top 20%). */
  split?: number;
}

/**
 * The ABC value matrix per customer (ANALYSES.md section 6): customer_id, current_value (net
 * revenue in the window), future_value, current_high, future_high, cell: A high/high (keep),
 * B low now/high future (grow), C high now/low future (defend or harvest), D low/low.
 * Without a `future` table the future value is a recent-trend projection of revenue: with
 * R1 = revenue in the last trendDays and R0 = in the trendDays before, next period's revenue is
 * the linear continuation max(0, 2 x R1 - R0). It needs no fitted model, and reads as "if the
 * customer keeps the trend of the last year"; replace it with the CLV fit when there is one.
 */
export function valueMatrixSql(opts: ValueMatrixOptions = {}): string {
  const f = opts.future;
  const future = f === undefined ? 'greatest(0, 2 * c.r1 - c.r0)' : `coalesce(fv.${sqlIdent(f.column)}, 0)::DOUBLE`;
  const join = f === undefined ? '' : `\n  LEFT JOIN ${sqlIdent(f.table)} AS fv ON fv.${sqlIdent(f.id ?? 'customer_id')}::VARCHAR = c.customer_id`;
  const q = opts.split ?? 0.5;
  return `WITH c AS (
  SELECT customer_id, sum(amount) AS current_value,
    ${trendRevenueSql(opts.trendDays ?? 180)}
  FROM (${ordersSql(opts)}) AS o GROUP BY customer_id
),
v AS (SELECT c.customer_id, c.current_value, ${future} AS future_value FROM c${join}),
s AS (
  SELECT *, ${splitSql('current_value', q)} AS current_high, ${splitSql('future_value', q)} AS future_high FROM v
)
SELECT *, CASE WHEN current_high AND future_high THEN 'A' WHEN future_high THEN 'B'
  WHEN current_high THEN 'C' ELSE 'D' END AS cell
FROM s`;
}
