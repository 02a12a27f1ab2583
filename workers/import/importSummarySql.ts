import { quoteIdent } from './quoteIdent';

/**
 * Totals the import report shows once rows are in: customers, orders (an order is an order id,
 * or one row when the file has none), net amount and the date range.
 */
export function importSummarySql(table: string): string {
  const t = quoteIdent(table);
  return `SELECT
  count(DISTINCT customer_id) AS customers,
  count(DISTINCT coalesce(order_id, '#' || line::VARCHAR)) AS orders,
  coalesce(round(sum(amount), 2), 0) AS total_amount,
  min(order_date)::VARCHAR AS first_date,
  max(order_date)::VARCHAR AS last_date
FROM ${t}`;
}
