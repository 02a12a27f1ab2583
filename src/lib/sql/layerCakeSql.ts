import type { CohortOptions } from './CohortOptions';
import { cohortOrdersSql } from './cohortOrdersSql';
import { cohortPeriodSql } from './cohortPeriodSql';

/**
 * The revenue "layer cake": net revenue by calendar period (same grain as the cohorts) and
 * cohort, for a stacked area chart: period_start, cohort, cohort_start, revenue, customers.
 */
export function layerCakeSql(opts: CohortOptions = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  return `SELECT ${p.start('order_date')} AS period_start, cohort, cohort_start, sum(amount) AS revenue,
  count(DISTINCT customer_id)::INTEGER AS customers
FROM (${cohortOrdersSql(opts)}) AS co
GROUP BY ALL
ORDER BY period_start, cohort_start`;
}
