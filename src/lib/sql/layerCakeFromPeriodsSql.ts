import type { PeriodsSource } from './PeriodsSource';
import { cohortsFromPeriodsSql } from './cohortsFromPeriodsSql';

/**
 * layerCakeSql({})'s rows (period_start, cohort, cohort_start, revenue, customers; monthly) from
 * the cohort cells of cohortsFromPeriodsSql: the calendar month of a monthly cohort's period p
 * is its start plus p months, and a customer has one customer_periods row per active month, so
 * the cells' customers and revenue are the month's. `opts.periods` must be monthly. Cast back to DATE, as date_trunc gives.
 */
export function layerCakeFromPeriodsSql(opts: Omit<PeriodsSource, 'period'> = {}): string {
  return `SELECT (cohort_start + to_months(period))::DATE AS period_start, cohort, cohort_start, revenue, customers
FROM (${cohortsFromPeriodsSql(opts)}) AS c
ORDER BY period_start, cohort_start`;
}
