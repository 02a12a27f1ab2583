import { sqlIdent } from '../../src/lib/sql/sqlIdent';

const VIEW = '__overview_part';

/**
 * A temp view of the transactions of customer hash slice `k` of `of` (named
 * overviewSliceViewSql.VIEW), which the big-data builds of prepareOverviewSql aggregate one at a
 * time: a customer's orders are all in one slice.
 */
export function overviewSliceViewSql(table: string | undefined, k: number, of: number): string {
  return `CREATE OR REPLACE TEMP VIEW ${VIEW} AS SELECT * FROM ${sqlIdent(table ?? 'transactions')} WHERE hash(customer_id) % ${of} = ${k}`;
}
overviewSliceViewSql.VIEW = VIEW;
