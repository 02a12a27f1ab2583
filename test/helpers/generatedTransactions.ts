/**
 * SQL that fills `transactions` (the engine's schema) with `customers` generated customers,
 * deterministically (hash-based, no randomness): 1-9 orders each over 2023-2024, amounts in
 * steps of 5 so values tie, and some refunds so some customers' value is <= 0. For tests that
 * compare two ways of computing the same aggregates on data no one chose by hand.
 */
export function generatedTransactionsSql(customers: number): string {
  return `CREATE OR REPLACE TABLE transactions AS
WITH c AS (SELECT i, 'C' || lpad(i::VARCHAR, 6, '0') AS customer_id, (1 + hash(i, 'n') % 9)::BIGINT AS n FROM range(${customers}) AS t(i)),
o AS (SELECT c.customer_id, c.i, j FROM c, LATERAL range(c.n) AS r(j))
SELECT (row_number() OVER (ORDER BY customer_id, j) + 1)::INTEGER AS line, customer_id,
  customer_id || '-' || j::VARCHAR AS order_id, NULL::VARCHAR AS product, NULL::VARCHAR AS category,
  NULL::VARCHAR AS region, NULL::VARCHAR AS channel,
  (DATE '2023-01-01' + (hash(i, j, 'd') % 730)::INTEGER) AS order_date,
  (CASE WHEN hash(i, j, 'r') % 23 = 0 THEN -1 ELSE 1 END * 5 * (1 + hash(i, j, 'a') % 40))::DOUBLE AS amount,
  NULL::DOUBLE AS quantity, NULL::DOUBLE AS unit_price, NULL::DOUBLE AS cost, NULL::DOUBLE AS margin
FROM o`;
}
