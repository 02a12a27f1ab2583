import type { ClvPeriodOptions } from './ClvPeriodOptions';
import { clvPeriodSql } from './clvPeriodSql';
import { transactionLinesSql } from './transactionLinesSql';

/**
 * Who bought in which period, up to the last complete period: one row per customer and period
 * with an order, `customer_id, first_date, pn` (period number, clvPeriodSql), `v` (the period's
 * net revenue or margin), `next_pn` (the customer's next period with an order, NULL after the
 * last) and `last_pn` (the last complete period: the one before the period of ref_date, since a
 * period still running would count its missing orders as lost customers). The base of Dwyer's
 * retention and of the recency Markov chain.
 */
export function clvActivitySql(opts: ClvPeriodOptions = {}): string {
  const p = clvPeriodSql(opts);
  return `WITH lines AS (
${transactionLinesSql(opts)}
),
act AS (
  SELECT customer_id, ${p.number('order_date')} AS pn, sum(${p.value}) AS v,
    ${p.number('any_value(ref_date)')} - 1 AS last_pn
  FROM lines GROUP BY customer_id, pn
),
firsts AS (SELECT customer_id, min(order_date) AS first_date FROM lines GROUP BY customer_id)
SELECT act.customer_id, firsts.first_date, act.pn, act.v,
  lead(act.pn) OVER (PARTITION BY act.customer_id ORDER BY act.pn) AS next_pn, act.last_pn
FROM act JOIN firsts USING (customer_id)
WHERE act.pn <= act.last_pn`;
}
