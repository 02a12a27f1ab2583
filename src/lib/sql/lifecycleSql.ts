import type { LifecycleOptions } from './LifecycleOptions';
import { ordersSql } from './ordersSql';
import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';

/**
 * Per-customer lifecycle stage at ref_date (ANALYSES.md section 5): customer_id, ref_date,
 * orders, first_date, last_date, revenue, recent_orders (last windowDays), prior_orders (the
 * windowDays before), days_since, mean_interval (days; NULL with one order), p_alive, stage.
 * The rules overlap, so they are tried in this order, first match wins:
 * lost (no order for more than max(365, 3 x mean interval) days, or P(alive) < 0.1) before
 * exploration (a single order from two years ago is lost, not new); exploration (one order, or
 * first order < 90 days ago); decline (prior > 1.5 x recent, or no order for > 2 mean
 * intervals: a growing customer who went quiet is declining); formation (recent > prior);
 * stability (the rest: active, windows within the factor).
 */
export function lifecycleSql(opts: LifecycleOptions = {}): string {
  const n = (v: number | undefined, d: number, what: string) => sqlNumber(v ?? d, what, 0, 1e6);
  const explore = n(opts.explorationDays, 90, 'explorationDays');
  const w = n(opts.windowDays, 180, 'windowDays');
  const grow = n(opts.growthFactor, 1, 'growthFactor');
  const fall = n(opts.declineFactor, 1.5, 'declineFactor');
  const quiet = n(opts.declineIntervals, 2, 'declineIntervals');
  const lostDays = n(opts.lostDays, 365, 'lostDays');
  const lostIntervals = n(opts.lostIntervals, 3, 'lostIntervals');
  const pa = opts.pAlive;
  const pAlive = pa === undefined ? 'NULL::DOUBLE' : `pa.${sqlIdent(pa.column)}::DOUBLE`;
  const join = pa === undefined ? '' : `\n  LEFT JOIN ${sqlIdent(pa.table)} AS pa ON pa.${sqlIdent(pa.id ?? 'customer_id')}::VARCHAR = m.customer_id`;
  const below = sqlNumber(opts.pAliveBelow ?? 0.1, 'pAliveBelow', 0, 1);
  return `WITH o AS (${ordersSql(opts)}),
c AS (
  SELECT customer_id, ref_date, count(*)::INTEGER AS orders, min(order_date) AS first_date,
    max(order_date) AS last_date, sum(amount) AS revenue,
    count(*) FILTER (WHERE order_date >= ref_date - ${w})::INTEGER AS recent_orders,
    count(*) FILTER (WHERE order_date >= ref_date - 2 * ${w} AND order_date < ref_date - ${w})::INTEGER AS prior_orders
  FROM o GROUP BY customer_id, ref_date
),
m AS (
  SELECT *, date_diff('day', last_date, ref_date)::INTEGER AS days_since,
    CASE WHEN orders > 1 THEN date_diff('day', first_date, last_date) / (orders - 1) END AS mean_interval
  FROM c
),
p AS (SELECT m.*, ${pAlive} AS p_alive FROM m${join})
SELECT *, CASE
    WHEN days_since > greatest(${lostDays}, coalesce(${lostIntervals} * mean_interval, 0))
      OR p_alive < ${below} THEN 'lost'
    WHEN orders = 1 OR date_diff('day', first_date, ref_date) < ${explore} THEN 'exploration'
    WHEN prior_orders > ${fall} * recent_orders OR days_since > ${quiet} * mean_interval THEN 'decline'
    WHEN recent_orders > ${grow} * prior_orders THEN 'formation'
    ELSE 'stability'
  END AS stage
FROM p`;
}
