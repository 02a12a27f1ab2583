import type { CohortOptions } from './CohortOptions';
import { cohortPeriodSql } from './cohortPeriodSql';
import { ordersSql } from './ordersSql';

/**
 * The per-customer cohort table `customer_periods`: customer_id, cohort (label), period (index
 * since the cohort start, 0 = first), cohort_size, revenue (net amount of the customer's orders
 * in that period). The same rows as grouping cohortOrdersSql by customer, cohort and period, but
 * each customer's cohort and the cohort sizes come from `rfm` (customer_rfm, built over the same
 * window: its first_date is the customer's first order), so the orders are grouped once more
 * instead of twice, and the cohort label is written per group instead of per order.
 * With `sizes` (a cohortSizesSql table over all customers) the sizes are read from it, so `rfm`
 * may hold one slice of the customers (prepareOverviewSql on big data).
 */
export function customerPeriodsSql(opts: CohortOptions & { rfm?: string; sizes?: string } = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  const rfm = opts.rfm ?? 'customer_rfm';
  const s =
    opts.sizes === undefined
      ? `SELECT customer_id, ${p.start('first_date')} AS cohort_start,
    count(*) OVER (PARTITION BY ${p.start('first_date')})::INTEGER AS cohort_size
  FROM ${rfm}`
      : `SELECT r.customer_id, z.cohort_start, z.cohort_size
  FROM ${rfm} AS r JOIN ${opts.sizes} AS z ON z.cohort_start = ${p.start('r.first_date')}`;
  return `WITH o AS (${ordersSql(opts)}),
s AS (
  ${s}
),
g AS (
  SELECT o.customer_id, s.cohort_start, ${p.index('o.order_date', 's.cohort_start')} AS period,
    any_value(s.cohort_size) AS cohort_size, sum(o.amount) AS revenue
  FROM o JOIN s USING (customer_id)
  GROUP BY o.customer_id, s.cohort_start, period
)
SELECT customer_id, ${p.label('cohort_start')} AS cohort, period, cohort_size, revenue
FROM g`;
}
