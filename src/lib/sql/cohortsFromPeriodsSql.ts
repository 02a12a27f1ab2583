import type { PeriodsSource } from './PeriodsSource';
import { cohortPeriodSql } from './cohortPeriodSql';
import { cohortSizesSql } from './cohortSizesSql';

/**
 * cohortsSql({ period })'s rows (cohort, cohort_start, period, customers, cohort_size, rate,
 * revenue; ORDER BY cohort_start, period) from per-customer tables instead of every order:
 * `periods` (customer_periods, one row per customer and cohort period, so count(*) counts
 * distinct customers) or `cells` (those counts per customer slice, added up), and cohort_start
 * and cohort_size from `rfm` (customer_rfm's first_date, truncated as cohortsSql truncates the
 * first order, so the type is the same). On 20M rows cohortsSql's order-level hash tables ran
 * DuckDB-WASM out of memory. Only valid when the tables cover cohortsSql's window (all orders)
 * at the same grain.
 */
export function cohortsFromPeriodsSql(opts: PeriodsSource = {}): string {
  const period = opts.period ?? 'month';
  const p = cohortPeriodSql(period);
  const [n, from] = opts.cells === undefined ? ['count(*)', opts.periods ?? 'customer_periods'] : ['sum(customers)', opts.cells];
  return `WITH z AS (
  SELECT cohort_start, ${p.label('cohort_start')} AS cohort, cohort_size FROM (${cohortSizesSql(period, opts.rfm ?? 'customer_rfm')}) AS s
),
c AS (
  SELECT cohort, period, ${n} AS n, sum(revenue) AS revenue FROM ${from} GROUP BY cohort, period
)
SELECT c.cohort, z.cohort_start, c.period, c.n::INTEGER AS customers, z.cohort_size, c.n / z.cohort_size AS rate, c.revenue
FROM c JOIN z USING (cohort)
ORDER BY z.cohort_start, c.period`;
}
