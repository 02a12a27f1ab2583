import type { WindowOptions } from './WindowOptions';

/** Options of the cohort builders: the cohort grain (ANALYSES.md section 3). */
export interface CohortOptions extends WindowOptions {
  /** Cohort = calendar month (default), ISO week (starting Monday) or quarter of the first order. */
  period?: 'month' | 'week' | 'quarter';
}
