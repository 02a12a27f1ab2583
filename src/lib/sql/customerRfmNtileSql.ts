import type { RfmOptions } from './RfmOptions';
import { checkRfmOptions } from './checkRfmOptions';
import { sqlIdent } from './sqlIdent';

/**
 * The NTILE scores of `binning: 'rank'` as a narrow table (rid, r, f, m) over the per-customer
 * `base` table (rid = its rowid): the same bins as rfmSql's, whose windows would otherwise sort
 * every customer's whole row. Used by the sliced customer_rfm build (prepareOverviewSql).
 */
export function customerRfmNtileSql(opts: RfmOptions, base: string): string {
  const { bins, monetary } = checkRfmOptions(opts);
  const m = monetary === 'total' ? 'revenue' : 'revenue / frequency';
  // NTILE needs a total order: customer_id breaks ties so reruns give the same bins (as rfmSql).
  return `SELECT rid,
  ntile(${bins}) OVER (ORDER BY recency_days DESC, customer_id)::INTEGER AS r,
  ntile(${bins}) OVER (ORDER BY frequency, customer_id)::INTEGER AS f,
  ntile(${bins}) OVER (ORDER BY monetary, customer_id)::INTEGER AS m
FROM (SELECT rowid AS rid, customer_id, recency_days, frequency, ${m} AS monetary FROM ${sqlIdent(base)}) AS b`;
}
