import { cohortPeriodSql } from './cohortPeriodSql';

/**
 * The size of every cohort (cohort_start, cohort_size: customers whose first order in the window
 * falls in that period) from a per-customer relation with first_date (customer_rfm). A few
 * dozen rows, which customerPeriodsSql joins to each customer slice on big data instead of
 * counting every customer again per slice.
 */
export function cohortSizesSql(period: 'month' | 'week' | 'quarter' = 'month', rfm = 'customer_rfm'): string {
  const p = cohortPeriodSql(period);
  return `SELECT ${p.start('first_date')} AS cohort_start, count(*)::INTEGER AS cohort_size FROM ${rfm} GROUP BY cohort_start`;
}
