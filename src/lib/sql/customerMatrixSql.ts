/**
 * The statement that keeps each customer's quadrant in `customer_matrix` (customer_id, matrix =
 * 'value' or 'loyalty', cell), from the matrices' per-customer queries (valueMatrixFromTablesSql,
 * and loyaltyMatrixFromTablesSql when there is an attitude column; or the builders over the
 * orders), so a click on a quadrant selects its customers without placing everyone again
 * (selectionWhereSql, source 'matrix').
 */
export function customerMatrixSql(valueSql: string, loyaltySql: string | null): string {
  const loyalty = loyaltySql === null ? '' : `\nUNION ALL\nSELECT customer_id, 'loyalty' AS matrix, cell FROM (${loyaltySql}) AS l`;
  return `CREATE OR REPLACE TABLE customer_matrix AS
SELECT customer_id, 'value' AS matrix, cell FROM (${valueSql}) AS v${loyalty}`;
}
