import type { CohortOptions } from '../../src/lib/sql/CohortOptions';
import { cohortsSql } from '../../src/lib/sql/cohortsSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';

/** The `cohorts` object of CONTRACT.md: cells with at least one buyer, by cohort then period. */
export interface CohortsResult {
  period: 'month' | 'week' | 'quarter';
  retention: { cohort: string; period: number; customers: number; rate: number; revenue: number }[];
}

/** The retention matrix for the contract (ANALYSES.md section 3). */
export function runCohorts(q: Queryable, opts: CohortOptions = {}): CohortsResult {
  const c = readColumns(q.query(cohortsSql(opts)), ['cohort', 'period', 'customers', 'rate', 'revenue']);
  return {
    period: opts.period ?? 'month',
    retention: c.cohort.map((cohort, i) => ({
      cohort: String(cohort), period: num(c.period[i]), customers: num(c.customers[i]),
      rate: num(c.rate[i]), revenue: num(c.revenue[i]),
    })),
  };
}
