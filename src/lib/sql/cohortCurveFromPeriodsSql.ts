import type { PeriodsSource } from './PeriodsSource';
import { cohortPeriodSql } from './cohortPeriodSql';
import { cohortsFromPeriodsSql } from './cohortsFromPeriodsSql';

/**
 * cohortCurveSql({ period })'s rows (cohort, cohort_start, period, revenue,
 * cumulative_revenue_per_customer; every period to the end of the data) from the cohort cells
 * of cohortsFromPeriodsSql (per-customer periods over all orders) and the reference date of
 * `rfm`, instead of tagging every order with its cohort (out of memory at 20M rows).
 */
export function cohortCurveFromPeriodsSql(opts: PeriodsSource = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  return `WITH cells AS (${cohortsFromPeriodsSql(opts)}),
ref AS (SELECT any_value(ref_date) AS ref_date FROM ${opts.rfm ?? 'customer_rfm'}),
cohorts AS (
  SELECT cohort, cohort_start, any_value(cohort_size) AS cohort_size,
    ${p.index('any_value(ref.ref_date) - 1', 'cohort_start')} AS last_period
  FROM cells, ref GROUP BY cohort, cohort_start
),
grid AS (
  SELECT cohort, cohort_start, cohort_size, unnest(range(0, last_period + 1))::INTEGER AS period FROM cohorts
)
SELECT g.cohort, g.cohort_start, g.period, coalesce(r.revenue, 0) AS revenue,
  sum(coalesce(r.revenue, 0)) OVER (PARTITION BY g.cohort_start ORDER BY g.period) / g.cohort_size
    AS cumulative_revenue_per_customer
FROM grid AS g LEFT JOIN cells AS r USING (cohort_start, period)
ORDER BY g.cohort_start, g.period`;
}
