import { cohortSizesSql } from './cohortSizesSql';

/**
 * cohortsSql({})'s rows (cohort, cohort_start, period, customers, cohort_size, rate, revenue;
 * ORDER BY cohort_start, period) from the per-customer tables prepareOverview builds instead of
 * every order: `periods` (customer_periods, one row per customer and monthly cohort period, so
 * count(*) counts distinct customers) grouped to a few thousand cells, and cohort_start from
 * `rfm` (customer_rfm's first_date, truncated as cohortsSql truncates the first order, so the
 * type is the same). On 20M rows cohortsSql's order-level hash tables ran DuckDB-WASM out of memory.
 * Only valid when both tables were built over cohortsSql's window (all orders, monthly).
 */
export function cohortsFromPeriodsSql(periods = 'customer_periods', rfm = 'customer_rfm'): string {
  return `WITH z AS (
  SELECT cohort_start, strftime(cohort_start, '%Y-%m') AS cohort FROM (${cohortSizesSql('month', rfm)}) AS s
),
c AS (
  SELECT cohort, period, count(*)::INTEGER AS customers, any_value(cohort_size) AS cohort_size,
    count(*) / any_value(cohort_size) AS rate, sum(revenue) AS revenue
  FROM ${periods}
  GROUP BY cohort, period
)
SELECT c.cohort, z.cohort_start, c.period, c.customers, c.cohort_size, c.rate, c.revenue
FROM c JOIN z USING (cohort)
ORDER BY z.cohort_start, c.period`;
}
