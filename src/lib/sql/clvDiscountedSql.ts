import type { ClvPeriodOptions } from './ClvPeriodOptions';
import { clvPeriodSql } from './clvPeriodSql';
import { sqlNumber } from './sqlNumber';
import { transactionLinesSql } from './transactionLinesSql';

/** Options of the textbook discounted CLV. */
export interface ClvDiscountedOptions extends ClvPeriodOptions {
  /** Discount rate r per period (default 0.1). */
  rate?: number;
  /** Number of periods n summed (default 3). */
  horizon?: number;
}

/**
 * The textbook CLV per customer, CLV = Σ_{t=1..n} I_t / (1+r)^t (ANALYSES.md section 4), from
 * the data: I_t is the customer's net revenue (or margin) in the t-th calendar period of their
 * life, t = 1 being the period of their first order, so the value is discounted back to the first
 * order. Periods after the last order date are not known yet and count 0, so `periods_seen`
 * (periods of the customer's first n that the data reach, the last possibly partial) says how much
 * of the horizon each value covers. Columns: customer_id, first_date, periods_seen, value (Σ I_t
 * undiscounted), clv. One row per customer with an order before ref_date, by customer_id.
 */
export function clvDiscountedSql(opts: ClvDiscountedOptions = {}): string {
  const p = clvPeriodSql(opts);
  const rate = sqlNumber(opts.rate ?? 0.1, 'discount rate', 0, 10);
  const n = sqlNumber(opts.horizon ?? 3, 'horizon', 1, 600);
  if (!Number.isInteger(opts.horizon ?? 3)) throw new Error(`invalid horizon: ${opts.horizon} (expected a whole number 1..600)`);
  return `WITH lines AS (
${transactionLinesSql(opts)}
),
c AS (
  SELECT customer_id, min(order_date) AS first_date, any_value(ref_date) AS ref_date FROM lines GROUP BY customer_id
),
per AS (
  SELECT l.customer_id, ${p.number('l.order_date')} - ${p.number('c.first_date')} + 1 AS t, sum(${p.value}) AS i_t
  FROM lines AS l JOIN c USING (customer_id)
  GROUP BY ALL
)
SELECT c.customer_id, c.first_date,
  least(${n}, ${p.number('c.ref_date - 1')} - ${p.number('c.first_date')} + 1)::INTEGER AS periods_seen,
  coalesce(sum(per.i_t) FILTER (WHERE per.t <= ${n}), 0)::DOUBLE AS value,
  coalesce(sum(per.i_t / power(1 + ${rate}, per.t)) FILTER (WHERE per.t <= ${n}), 0)::DOUBLE AS clv
FROM c LEFT JOIN per USING (customer_id)
GROUP BY c.customer_id, c.first_date, c.ref_date
ORDER BY c.customer_id`;
}
