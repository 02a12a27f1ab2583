import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import type { CustomerRfmTables } from '../../src/lib/sql/CustomerRfmTables';
import { checkRfmOptions } from '../../src/lib/sql/checkRfmOptions';
import { customerBaseSql } from '../../src/lib/sql/customerBaseSql';
import { customerPeriodsSql } from '../../src/lib/sql/customerPeriodsSql';
import { customerRfmGlobalsSql } from '../../src/lib/sql/customerRfmGlobalsSql';
import { customerRfmNtileSql } from '../../src/lib/sql/customerRfmNtileSql';
import { customerRfmRanksSql } from '../../src/lib/sql/customerRfmRanksSql';
import { customerRfmSliceSql } from '../../src/lib/sql/customerRfmSliceSql';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';

const PART = '__overview_part';

/**
 * The per-customer tables every overview chart and selection reads: `customer_rfm` (scores,
 * segments, tier) and `customer_periods` (revenue per customer per cohort period). Built once
 * after an import; everything else is an aggregate over these.
 *
 * With `parts` > 1 (big data: see overviewParts) nothing holds every customer's wide row at
 * once. The order-level aggregations, whose hash tables grow with the number of orders, run on
 * one hash slice of the customers at a time into a base table; the global figures of
 * customer_rfm (quantile cuts, means, customer count, value ranks, NTILE scores) are computed
 * once into narrow tables; then customer_rfm's wide rows are inserted one slice at a time
 * (customerRfmSliceSql), and customer_periods likewise. CHECKPOINT after each slice compresses
 * the rows inserted so far (in-memory tables stay uncompressed until then). A customer's rows
 * depend on that customer's orders and the global figures only, so the tables are the same;
 * `opts.refDate` must then be given (each slice would otherwise take its own latest date).
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
  const t: CustomerRfmTables = { base: '__overview_base', globals: '__overview_globals', ranks: '__overview_ranks' };
  if (checkRfmOptions(opts).binning === 'rank') t.ntile = '__overview_ntile';
  const slice = (k: number) =>
    `CREATE OR REPLACE TEMP VIEW ${PART} AS SELECT * FROM ${opts.table ?? 'transactions'} WHERE hash(customer_id) % ${parts} = ${k}`;
  const sliced = { ...window, table: PART };
  const into = (table: string, k: number) => (k === 0 ? `CREATE OR REPLACE TABLE ${table} AS` : `INSERT INTO ${table}`);
  const out: string[] = [];
  for (let k = 0; k < parts; k++) out.push(slice(k), `${into(t.base, k)} ${customerBaseSql(sliced)}`, 'CHECKPOINT');
  if (t.ntile !== undefined) out.push(`CREATE OR REPLACE TABLE ${t.ntile} AS ${customerRfmNtileSql(opts, t.base)}`);
  out.push(
    `CREATE OR REPLACE TABLE ${t.ranks} AS ${customerRfmRanksSql(opts.value, t.base)}`,
    `CREATE OR REPLACE TABLE ${t.globals} AS ${customerRfmGlobalsSql(opts, t.base, t.ntile)}`,
    'CHECKPOINT',
  );
  for (let k = 0; k < parts; k++) out.push(`${into('customer_rfm', k)} ${customerRfmSliceSql(opts, t, { k, of: parts })}`, 'CHECKPOINT');
  out.push(...[t.base, t.ranks, t.globals, ...(t.ntile === undefined ? [] : [t.ntile])].map((n) => `DROP TABLE ${n}`), 'CHECKPOINT');
  for (let k = 0; k < parts; k++) out.push(slice(k), `${into('customer_periods', k)} ${customerPeriodsSql(sliced)}`, 'CHECKPOINT');
  out.push(`DROP VIEW ${PART}`);
  return out;
}
