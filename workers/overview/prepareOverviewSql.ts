import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import { customerBaseSql } from '../../src/lib/sql/customerBaseSql';
import { customerPeriodsSql } from '../../src/lib/sql/customerPeriodsSql';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';

const BASE = '__overview_base';
const PART = '__overview_part';

/**
 * The per-customer tables every overview chart and selection reads: `customer_rfm` (scores,
 * segments, tier) and `customer_periods` (revenue per customer per cohort period). Built once
 * after an import; everything else is an aggregate over these.
 *
 * With `parts` > 1 (big data: see overviewParts) the order-level aggregations, whose hash tables
 * grow with the number of orders, run on one hash slice of the customers at a time: the
 * customers' base rows go into a table that customer_rfm then scores as a whole, and
 * customer_periods is filled slice by slice. A customer's rows depend on that customer's orders
 * only, so the tables are the same; `opts.refDate` must then be given (each slice would otherwise
 * take its own latest date).
 */
export function prepareOverviewSql(opts: CustomerRfmOptions = {}, parts = 1): string[] {
  const window = { table: opts.table, refDate: opts.refDate, from: opts.from };
  if (parts <= 1) {
    return [
      `CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql(opts)}`,
      // After customer_rfm, over the same window: each customer's cohort and the sizes come from it.
      `CREATE OR REPLACE TABLE customer_periods AS ${customerPeriodsSql(window)}`,
    ];
  }
  if (opts.refDate === undefined) throw new Error(`invalid parts: ${parts} (a refDate is needed to build in parts)`);
  const slice = (k: number) =>
    `CREATE OR REPLACE TEMP VIEW ${PART} AS SELECT * FROM ${opts.table ?? 'transactions'} WHERE hash(customer_id) % ${parts} = ${k}`;
  const sliced = { ...window, table: PART };
  const out: string[] = [];
  for (let k = 0; k < parts; k++) {
    out.push(slice(k), `${k === 0 ? `CREATE OR REPLACE TABLE ${BASE} AS` : `INSERT INTO ${BASE}`} ${customerBaseSql(sliced)}`);
  }
  out.push(`CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql({ ...opts, base: BASE })}`, `DROP TABLE ${BASE}`);
  for (let k = 0; k < parts; k++) {
    out.push(slice(k), `${k === 0 ? 'CREATE OR REPLACE TABLE customer_periods AS' : 'INSERT INTO customer_periods'} ${customerPeriodsSql(sliced)}`);
  }
  out.push(`DROP VIEW ${PART}`);
  return out;
}
