import type { CustomerRfmOptions } from '../../src/lib/sql/CustomerRfmOptions';
import type { CustomerRfmTables } from '../../src/lib/sql/CustomerRfmTables';
import { checkRfmOptions } from '../../src/lib/sql/checkRfmOptions';
import { customerBaseSql } from '../../src/lib/sql/customerBaseSql';
import { customerRfmCutsSql } from '../../src/lib/sql/customerRfmCutsSql';
import { customerRfmDdl } from '../../src/lib/sql/customerRfmDdl';
import { customerRfmGlobalsSql } from '../../src/lib/sql/customerRfmGlobalsSql';
import { customerRfmNtileSql } from '../../src/lib/sql/customerRfmNtileSql';
import { customerRfmRanksSql } from '../../src/lib/sql/customerRfmRanksSql';
import { customerRfmSliceSql } from '../../src/lib/sql/customerRfmSliceSql';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';
import { rfmCutsSql } from '../../src/lib/sql/rfmCutsSql';
import { savedRfmCutsSql } from '../../src/lib/sql/savedRfmCutsSql';
import { overviewSliceViewSql } from './overviewSliceViewSql';

const CUTS = { r: '__overview_cuts_r', f: '__overview_cuts_f', m: '__overview_cuts_m' };

/**
 * The statements that build `customer_rfm` (prepareOverviewSql's first half; the bench's rfm
 * step runs them alone): the table made by customerRfmDdl (its computed columns are never stored),
 * then filled. In one statement when `parts` is 1. With `parts` > 1 nothing holds every
 * customer's wide row at once: the order-level aggregation, whose hash table grows with the
 * number of orders, runs on one hash slice of the customers at a time into a base table; the
 * global figures (quantile cuts, means, customer count, value ranks, NTILE scores) are computed
 * once into narrow tables; then the wide rows are inserted one range of base rows at a time,
 * in 2 x `parts` ranges (customerRfmSliceSql). CHECKPOINT after each slice compresses the rows
 * inserted so far (in-memory tables stay uncompressed until then). `opts.refDate` must then be
 * given (each slice would otherwise take its own latest date).
 */
export function prepareCustomerRfmSql(opts: CustomerRfmOptions = {}, parts = 1): string[] {
  // The table made with its computed columns (customerRfmDdl), then filled, in either build.
  if (parts <= 1) return [customerRfmDdl(opts), customerRfmDdl.insertSql(customerRfmSql(opts), opts)];
  if (opts.refDate === undefined) throw new Error(`invalid parts: ${parts} (a refDate is needed to build in parts)`);
  const t: CustomerRfmTables = { base: '__overview_base', globals: '__overview_globals', ranks: '__overview_ranks' };
  if (checkRfmOptions(opts).binning === 'rank') t.ntile = '__overview_ntile';
  const sliced = { table: overviewSliceViewSql.VIEW, refDate: opts.refDate, from: opts.from, linesAreOrders: opts.linesAreOrders };
  const into = (k: number) => (k === 0 ? 'CREATE OR REPLACE TABLE' : 'INSERT INTO');
  // The old table describes the data before this import: freeing it first leaves its memory to the build.
  const out = ['DROP TABLE IF EXISTS customer_rfm'];
  for (let k = 0; k < parts; k++) {
    out.push(overviewSliceViewSql(opts.table, k, parts), `${into(k)} ${t.base}${k === 0 ? ' AS' : ''} ${customerBaseSql(sliced)}`, 'CHECKPOINT');
  }
  if (t.ntile !== undefined) out.push(`CREATE OR REPLACE TABLE ${t.ntile} AS ${customerRfmNtileSql(opts, t.base)}`);
  // Ranked one range of values per part: one sort of every customer's id grew the heap by 289 MiB at 20M rows.
  out.push(...customerRfmRanksSql(opts.value, t.base, t.ranks, parts));
  // The quantile cuts one measure at a time: together they held several times the memory.
  for (const m of ['r', 'f', 'm'] as const) out.push(`CREATE OR REPLACE TABLE ${CUTS[m]} AS ${customerRfmCutsSql(opts, t.base, m)}`);
  out.push(
    `CREATE OR REPLACE TABLE ${t.globals} AS ${customerRfmGlobalsSql(opts, t.base, t.ntile, CUTS)}`,
    // Kept for the Segments tab, which would otherwise compute them again (savedRfmCutsSql).
    `CREATE OR REPLACE TEMP TABLE ${savedRfmCutsSql.TABLE} AS ${rfmCutsSql({ bins: opts.bins, lists: t.globals })}`,
    ...Object.values(CUTS).map((n) => `DROP TABLE ${n}`),
    `DROP VIEW ${overviewSliceViewSql.VIEW}`,
    'CHECKPOINT',
  );
  // The wide rows in twice as many ranges as the aggregation: a range's rows stay uncompressed
  // (about 200 bytes a customer) until its CHECKPOINT, beside every table built so far; a range
  // costs little more than its rows (it reads only its own row groups of the base). Node, 20M
  // rows: the wasm heap peaked at 816 MB with 22 ranges, 917 with 11.
  const wide = 2 * parts;
  out.push(customerRfmSliceSql.rangeSql(t.base, wide));
  out.push(customerRfmDdl(opts));
  for (let k = 0; k < wide; k++) out.push(customerRfmDdl.insertSql(customerRfmSliceSql(opts, t, { k, of: wide }), opts), 'CHECKPOINT');
  out.push(customerRfmSliceSql.resetSql);
  out.push(...[t.base, t.ranks, t.globals, ...(t.ntile === undefined ? [] : [t.ntile])].map((n) => `DROP TABLE ${n}`), 'CHECKPOINT');
  return out;
}
