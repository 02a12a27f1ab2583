const TABLE = '__customer_rfm_cuts';

/**
 * The cut points behind customer_rfm's scores as the sliced build (prepareCustomerRfmSql on big
 * data) keeps them, in rfmCutsSql's long form (measure, k, cut): it has computed them anyway,
 * and computing them again over customer_rfm held every customer's values for each quantile
 * (Node, 20M rows, 6.5M customers: the heap from 945 to 1,163 MiB, the page's peak after the
 * overview). A temp table, so it is not among the user's tables; the one-statement build drops
 * it. `savedRfmCutsSql.existsSql` gives n = 1 when it is there.
 */
export function savedRfmCutsSql(): string {
  return `SELECT measure, k, cut FROM ${TABLE} ORDER BY instr('rfm', measure), k`;
}
savedRfmCutsSql.TABLE = TABLE;
savedRfmCutsSql.existsSql = `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '${TABLE}'`;
