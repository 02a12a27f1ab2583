/**
 * The narrow tables the sliced customer_rfm build reads (prepareOverviewSql on big data), each
 * keyed by `rid`, the rowid of the customer's row in `base`.
 */
export interface CustomerRfmTables {
  /** customerBaseSql's rows for the window, one per customer. */
  base: string;
  /** One row: r_cuts, f_cuts, m_cuts, n_customers, r_avg, f_avg, m_avg (customerRfmGlobalsSql). */
  globals: string;
  /** rid, value, value_rank (customerRfmRanksSql). */
  ranks: string;
  /** rid, r, f, m: the NTILE scores, with `binning: 'rank'` only (customerRfmNtileSql). */
  ntile?: string;
}
