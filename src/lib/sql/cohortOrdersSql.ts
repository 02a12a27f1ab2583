import type { CohortOptions } from './CohortOptions';
import { cohortPeriodSql } from './cohortPeriodSql';
import { ordersSql } from './ordersSql';

/**
 * Orders tagged with their customer's cohort: customer_id, order_date, amount, ref_date,
 * cohort_start (period of the first order in the window), cohort (label), period (index since
 * the cohort start, 0 = the first period), cohort_size (customers in the cohort).
 */
export function cohortOrdersSql(opts: CohortOptions = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  return `WITH o AS (${ordersSql(opts)}),
c AS (
  SELECT customer_id, ${p.start('min(order_date)')} AS cohort_start FROM o GROUP BY customer_id
),
sized AS (SELECT *, count(*) OVER (PARTITION BY cohort_start) AS cohort_size FROM c)
SELECT o.customer_id, o.order_date, o.amount, o.ref_date, s.cohort_start,
  ${p.label('s.cohort_start')} AS cohort, ${p.index('o.order_date', 's.cohort_start')} AS period,
  s.cohort_size::INTEGER AS cohort_size
FROM o JOIN sized AS s USING (customer_id)`;
}
