import type { WindowOptions } from './WindowOptions';
import { refDateSql } from './refDateSql';
import { sqlDate } from './sqlDate';
import { sqlIdent } from './sqlIdent';

/**
 * The transaction lines inside the window, each with `ref_date` and `line_margin`
 * (= margin, else amount - cost, else NULL). Rows without a customer or a date cannot be placed
 * in any analysis and are left out; the import report already counted them.
 */
export function transactionLinesSql(opts: WindowOptions = {}): string {
  const from = opts.from === undefined ? '' : `\n  AND t.order_date >= ${sqlDate(opts.from, 'from')}`;
  if (opts.from !== undefined && opts.refDate !== undefined && opts.from >= opts.refDate) {
    throw new Error(`invalid from: ${opts.from} (expected a date before refDate ${opts.refDate})`);
  }
  return `SELECT t.*, r.ref_date, coalesce(t.margin, t.amount - t.cost) AS line_margin
FROM ${sqlIdent(opts.table ?? 'transactions')} AS t, (SELECT ${refDateSql(opts)} AS ref_date) AS r
WHERE t.customer_id IS NOT NULL AND t.order_date IS NOT NULL
  AND t.order_date < r.ref_date${from}`;
}
