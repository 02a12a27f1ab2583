import { quoteIdent } from './quoteIdent';

const ORDER = "coalesce(order_id, '#' || line::VARCHAR)";
const TOTALS = `coalesce(round(sum(amount), 2), 0) AS total_amount,
  min(order_date)::VARCHAR AS first_date,
  max(order_date)::VARCHAR AS last_date`;

/**
 * Totals the import report shows once rows are in: customers, orders (an order is an order id,
 * or one row when the file has none), net amount and the date range.
 * With `slice` ({k, of}) the two distinct counts cover only the customers and the orders whose
 * hash falls in slice k of `of`: the counts of all slices add up to the whole ones (a value is in
 * exactly one slice), and each distinct count's hash table holds a slice's values, not all of
 * them. The amount and dates are the whole table's in every slice. `where` limits the rows
 * counted (fastImport counts its staging table's clean rows before the duplicate test); with it
 * the result also has `order_ids`, the rows that have an order id.
 */
export function importSummarySql(table: string, slice?: { k: number; of: number }, where?: string): string {
  const only = (v: string) => inSlice(v, slice);
  return `SELECT
  count(DISTINCT customer_id)${only('customer_id')} AS customers,
  count(DISTINCT ${ORDER})${only(ORDER)} AS orders,${where === undefined ? '' : '\n  count(order_id) AS order_ids,'}
  ${TOTALS}
FROM ${quoteIdent(table)}${where === undefined ? '' : ` WHERE ${where}`}`;
}

/** A distinct count's filter to the values whose hash falls in `slice` (none for one slice). */
function inSlice(v: string, slice?: { k: number; of: number }): string {
  return slice && slice.of > 1 ? ` FILTER (WHERE hash(${v}) % ${slice.of} = ${slice.k})` : '';
}

/** The customers of importSummarySql alone (`slice` and `where` as there), for an import whose orders are known. */
importSummarySql.customers = (table: string, slice?: { k: number; of: number }, where?: string): string =>
  `SELECT count(DISTINCT customer_id)${inSlice('customer_id', slice)} AS customers
FROM ${quoteIdent(table)}${where === undefined ? '' : ` WHERE ${where}`}`;

/** The amount and dates of importSummarySql alone, for an import whose counts are already known. */
importSummarySql.totals = (table: string): string => `SELECT ${TOTALS}
FROM ${quoteIdent(table)}`;
