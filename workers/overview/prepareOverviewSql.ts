import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import { cohortSizesSql } from '../../src/lib/sql/cohortSizesSql';
import { customerPeriodsSql } from '../../src/lib/sql/customerPeriodsSql';
import { savedRfmCutsSql } from '../../src/lib/sql/savedRfmCutsSql';
import { overviewSliceViewSql } from './overviewSliceViewSql';
import { prepareCustomerRfmSql } from './prepareCustomerRfmSql';

const SIZES = '__overview_cohort_sizes';

/**
 * The per-customer tables every overview chart and selection reads: `customer_rfm` (scores,
 * segments, tier: prepareCustomerRfmSql) and `customer_periods` (revenue per customer per cohort
 * period). Built once after an import; everything else is an aggregate over these.
 *
 * With `parts` > 1 (big data: see overviewParts) both are built one hash slice of the customers
 * at a time, with CHECKPOINT after each slice so the rows inserted so far are compressed. A
 * customer's rows depend on that customer's orders and global figures computed once, so the
 * tables are the same as the one-statement builds; `opts.refDate` must then be given (each slice
 * would otherwise take its own latest date).
 */
export function prepareOverviewSql(opts: CustomerRfmOptions = {}, parts = 1): string[] {
  const window = { table: opts.table, refDate: opts.refDate, from: opts.from, linesAreOrders: opts.linesAreOrders };
  // After customer_rfm, over the same window: each customer's cohort and the sizes come from it.
  // The cut points a sliced build kept describe older data: the Segments tab computes them again.
  if (parts <= 1) return [...prepareCustomerRfmSql(opts), `CREATE OR REPLACE TABLE customer_periods AS ${customerPeriodsSql(window)}`, `DROP TABLE IF EXISTS ${savedRfmCutsSql.TABLE}`];
  const out = ['DROP TABLE IF EXISTS customer_periods', ...prepareCustomerRfmSql(opts, parts)];
  // The cohort sizes once (a few dozen rows), so a slice reads only its own customers' cohorts.
  out.push(`CREATE OR REPLACE TEMP TABLE ${SIZES} AS ${cohortSizesSql()}`);
  // In twice as many slices as customer_rfm's aggregation: they run beside customer_rfm, and the
  // first of 11 slices at 20M rows grew the wasm heap from 816 to 930 MB (Node; 22: no growth).
  const slices = 2 * parts;
  for (let k = 0; k < slices; k++) {
    const into = k === 0 ? 'CREATE OR REPLACE TABLE customer_periods AS' : 'INSERT INTO customer_periods';
    const rfm = `(SELECT customer_id, first_date FROM customer_rfm WHERE hash(customer_id) % ${slices} = ${k})`;
    const sql = customerPeriodsSql({ ...window, table: overviewSliceViewSql.VIEW, rfm, sizes: SIZES });
    out.push(overviewSliceViewSql(opts.table, k, slices), `${into} ${sql}`, 'CHECKPOINT');
  }
  out.push(`DROP VIEW ${overviewSliceViewSql.VIEW}`, `DROP TABLE ${SIZES}`);
  return out;
}
