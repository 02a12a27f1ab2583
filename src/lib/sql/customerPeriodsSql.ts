import type { CohortOptions } from './CohortOptions';
import { cohortPeriodSql } from './cohortPeriodSql';
import { cohortSizesSql } from './cohortSizesSql';
import { ordersSql } from './ordersSql';

/**
 * The per-customer cohort table `customer_periods`: customer_id, cohort (label), period (index
 * since the cohort start, 0 = first), revenue (net amount of the customer's orders in that
 * period). The same rows as grouping cohortOrdersSql by customer, cohort and period, but each
 * customer's cohort comes from `rfm` (customer_rfm, built over the same window: its first_date is
 * the customer's first order), so the orders are grouped once more instead of twice, and the
 * cohort label is written once per cohort instead of once per order. The cohorts (start, label,
 * number) come from `sizes` (a cohortSizesSql table over all customers), so `rfm` may hold one
 * slice of the customers (prepareOverviewSql on big data); without, from cohortSizesSql over
 * `rfm`. The cohort sizes are not repeated on every row (1.8 bytes a transaction row at 5M rows,
 * which took the 20M-row build past a 96 MiB step of the wasm heap): the readers count them from
 * customer_rfm (cohortSizesSql).
 */
export function customerPeriodsSql(opts: CohortOptions & { rfm?: string; sizes?: string } = {}): string {
  const p = cohortPeriodSql(opts.period ?? 'month');
  const rfm = opts.rfm ?? 'customer_rfm';
  // The sizes as a few dozen grouped rows joined back, not a window partitioned over every
  // customer (Node, 1M rows: the whole statement 0.53 s instead of 0.79).
  const sizes = opts.sizes ?? `(${cohortSizesSql(opts.period ?? 'month', rfm)})`;
  // Each cohort's label and period number once per cohort (a few dozen rows), carried to its
  // customers by the join; each order's period as a number (Node, 1M rows: the statement about a
  // fifth faster than with a label and four date parts per customer and period).
  const s = `SELECT r.customer_id, z.cohort, z.cohort_ordinal
  FROM ${rfm} AS r JOIN (SELECT *, ${p.label('cohort_start')} AS cohort, ${p.ordinal('cohort_start')} AS cohort_ordinal FROM ${sizes}) AS z
    ON z.cohort_start = ${p.start('r.first_date')}`;
  // The orders are summed per customer and period before the join to the customers: the
  // aggregate then keys on (customer_id, period) alone and the join meets one row per
  // group instead of one per order (5M rows in one statement: +341 MiB of wasm heap instead of
  // +510, and 18% faster).
  return `WITH o AS (${ordersSql(opts)}),
s AS (
  ${s}
),
g AS (
  SELECT customer_id, ${p.ordinal('order_date')} AS ordinal, sum(amount) AS revenue
  FROM o
  GROUP BY customer_id, ordinal
)
SELECT g.customer_id, s.cohort, g.ordinal - s.cohort_ordinal AS period, g.revenue
FROM g JOIN s USING (customer_id)`;
}
