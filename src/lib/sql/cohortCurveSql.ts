import type { CohortOptions } from './CohortOptions';
import { cohortOrdersSql } from './cohortOrdersSql';
import { cohortPeriodSql } from './cohortPeriodSql';

/**
 * Cumulative net revenue per cohort customer (a historical CLV curve per cohort): cohort,
 * cohort_start, period, revenue (in that period), cumulative_revenue_per_customer. Every period
 * from 0 to the last one observed before ref_date is listed, with 0 revenue where nobody bought,
 * so each curve runs to the end of the data.
 */
export function cohortCurveSql(opts: CohortOptions = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  return `WITH co AS (${cohortOrdersSql(opts)}),
cohorts AS (
  SELECT cohort, cohort_start, any_value(cohort_size) AS cohort_size,
    ${p.index('any_value(ref_date) - 1', 'cohort_start')} AS last_period
  FROM co GROUP BY cohort, cohort_start
),
grid AS (
  SELECT cohort, cohort_start, cohort_size, unnest(range(0, last_period + 1))::INTEGER AS period FROM cohorts
),
rev AS (SELECT cohort_start, period, sum(amount) AS revenue FROM co GROUP BY cohort_start, period)
SELECT g.cohort, g.cohort_start, g.period, coalesce(r.revenue, 0) AS revenue,
  sum(coalesce(r.revenue, 0)) OVER (PARTITION BY g.cohort_start ORDER BY g.period) / g.cohort_size
    AS cumulative_revenue_per_customer
FROM grid AS g LEFT JOIN rev AS r USING (cohort_start, period)
ORDER BY g.cohort_start, g.period`;
}
