import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';
import { customerPeriodsSql } from '../../src/lib/sql/customerPeriodsSql';

/**
 * The per-customer tables every overview chart and selection reads: `customer_rfm` (scores,
 * segments, tier) and `customer_periods` (revenue per customer per cohort period). Built once
 * after an import; everything else is an aggregate over these.
 */
export function prepareOverviewSql(opts: CustomerRfmOptions = {}): string[] {
  return [
    `CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql(opts)}`,
    // After customer_rfm, over the same window: each customer's cohort and the sizes come from it.
    `CREATE OR REPLACE TABLE customer_periods AS ${customerPeriodsSql({ table: opts.table, refDate: opts.refDate, from: opts.from })}`,
  ];
}
