import type { CohortOptions } from './CohortOptions';
import { cohortOrdersSql } from './cohortOrdersSql';

/**
 * The retention matrix in long form: cohort, cohort_start, period, customers (cohort members
 * with an order in that period), cohort_size, rate (customers / cohort_size; 1 in period 0),
 * revenue (net, that cohort in that period). Only cells with an order are listed.
 */
export function cohortsSql(opts: CohortOptions = {}): string {
  return `SELECT cohort, cohort_start, period, count(DISTINCT customer_id)::INTEGER AS customers,
  any_value(cohort_size) AS cohort_size,
  count(DISTINCT customer_id) / any_value(cohort_size) AS rate,
  sum(amount) AS revenue
FROM (${cohortOrdersSql(opts)}) AS co
GROUP BY cohort, cohort_start, period
ORDER BY cohort_start, period`;
}
