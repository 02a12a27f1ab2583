import { clvDiscountedSql, type ClvDiscountedOptions } from './clvDiscountedSql';
import { clvPeriodSql } from './clvPeriodSql';
import { sqlNumber } from './sqlNumber';
import { transactionLinesSql } from './transactionLinesSql';

/**
 * The textbook formula written out for the whole customer base, one row per period t = 1..n:
 * `customers_seen` (customers whose t-th period the data reach), `mean_i_t` (mean I_t over all
 * customers, 0 for those with no order in their t-th period or not there yet), `factor` =
 * 1/(1+r)^t and `discounted` = mean_i_t · factor. The sum of `discounted` is the mean CLV of
 * clvDiscountedSql, so a student can check the formula line by line.
 */
export function clvDiscountedProfileSql(opts: ClvDiscountedOptions = {}): string {
  const p = clvPeriodSql(opts);
  const rate = sqlNumber(opts.rate ?? 0.1, 'discount rate', 0, 10);
  const n = sqlNumber(opts.horizon ?? 3, 'horizon', 1, 600);
  return `WITH cust AS (
${clvDiscountedSql(opts)}
),
lines AS (
${transactionLinesSql(opts)}
),
per AS (
  SELECT ${p.number('l.order_date')} - ${p.number('c.first_date')} + 1 AS t, sum(${p.value}) AS i_t
  FROM lines AS l JOIN cust AS c USING (customer_id)
  GROUP BY ALL
),
grid AS (SELECT range::INTEGER AS t FROM range(1, ${n} + 1))
SELECT grid.t,
  (SELECT count(*) FROM cust WHERE periods_seen >= grid.t)::INTEGER AS customers_seen,
  coalesce(per.i_t, 0) / (SELECT count(*) FROM cust) AS mean_i_t,
  1 / power(1 + ${rate}, grid.t) AS factor,
  coalesce(per.i_t, 0) / (SELECT count(*) FROM cust) / power(1 + ${rate}, grid.t) AS discounted
FROM grid LEFT JOIN per USING (t)
ORDER BY grid.t`;
}
