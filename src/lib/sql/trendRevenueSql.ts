import { sqlNumber } from './sqlNumber';

/**
 * The two trend sums of the value matrix's projection, as aggregate columns over orders with
 * `ref_date`: r1 = net revenue of the orders in the last `days` before ref_date, r0 = in the
 * `days` before those (0 when there are none). Shared by valueMatrixSql and matrixTrendSql so
 * both compute the same figures.
 */
export function trendRevenueSql(days: number): string {
  const d = sqlNumber(days, 'trendDays', 1, 1e6);
  return `coalesce(sum(amount) FILTER (WHERE order_date >= ref_date - ${d}), 0) AS r1,
    coalesce(sum(amount) FILTER (WHERE order_date >= ref_date - 2 * ${d} AND order_date < ref_date - ${d}), 0) AS r0`;
}
