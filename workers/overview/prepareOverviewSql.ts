import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';
import { cohortOrdersSql } from '../../src/lib/sql/cohortOrdersSql';

/**
 * The per-customer tables every overview chart and selection reads: `customer_rfm` (scores,
 * segments, tier) and `customer_periods` (revenue per customer per cohort period). Built once
 * after an import; everything else is an aggregate over these.
 */
export function prepareOverviewSql(opts: CustomerRfmOptions = {}): string[] {
  return [
    `CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql(opts)}`,
    `CREATE OR REPLACE TABLE customer_periods AS
SELECT customer_id, cohort, period, any_value(cohort_size) AS cohort_size, sum(amount) AS revenue
FROM (${cohortOrdersSql({ refDate: opts.refDate })}) AS co
GROUP BY customer_id, cohort, period`,
  ];
}
