import { sqlIdent } from './sqlIdent';

/**
 * A temp view `view` of the transactions of customer hash slice `k` of `of`: a customer's
 * orders are all in one slice, so per-customer figures computed slice by slice are the same as
 * over all the data, while each slice's order-level hash tables hold 1/`of` of the orders.
 */
export function customerSliceViewSql(view: string, k: number, of: number, table = 'transactions'): string {
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(k) || k < 0 || k >= of) {
    throw new Error(`invalid slice: ${k} of ${of} (expected 0 <= k < of)`);
  }
  return `CREATE OR REPLACE TEMP VIEW ${sqlIdent(view)} AS SELECT * FROM ${sqlIdent(table)} WHERE hash(customer_id) % ${of} = ${k}`;
}
