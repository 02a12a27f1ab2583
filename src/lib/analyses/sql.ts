import { clvSummary } from '../sql/clvSummary';
import { sqlNumber } from '../sql/sqlNumber';
import { sqlIdent } from '../sql/sqlIdent';
import { sqlString } from '../sql/sqlString';

/**
 * SQL the analysis views run besides the builders of src/lib/sql: small read-only queries over
 * the per-customer tables (customer_rfm, customer_clv) and transactions. Pure text, tested by
 * running it on DuckDB's Node build.
 */

/** One row: ref_date, first/last order date, customers, orders, flagged customers, returns, optional roles present. */
export function dataInfoSql(): string {
  return `SELECT (SELECT any_value(ref_date)::VARCHAR FROM customer_rfm) AS ref_date,
  min(order_date)::VARCHAR AS first_date, max(order_date)::VARCHAR AS last_date,
  (SELECT count(*) FROM customer_rfm)::INTEGER AS customers,
  (SELECT coalesce(sum(frequency), 0) FROM customer_rfm)::INTEGER AS orders,
  (SELECT count(*) FILTER (WHERE m_nonpositive) FROM customer_rfm)::INTEGER AS non_positive,
  count(*) FILTER (WHERE amount < 0)::INTEGER AS return_lines,
  (count(product) > 0)::INTEGER AS has_product, (count(category) > 0)::INTEGER AS has_category,
  (count(region) > 0)::INTEGER AS has_region, (count(channel) > 0)::INTEGER AS has_channel,
  (count(margin) + count(cost) > 0)::INTEGER AS has_margin
FROM transactions
WHERE customer_id IS NOT NULL AND order_date IS NOT NULL`;
}

/** The columns of the transactions table, in table order. */
export function transactionColumnsSql(): string {
  return `SELECT column_name FROM information_schema.columns
WHERE table_schema = 'main' AND table_name = 'transactions' ORDER BY ordinal_position`;
}

/** How many customers a selection predicate (selectionWhereSql) holds. */
export function selectionCountSql(where: string | null): string {
  return `SELECT count(*)::INTEGER AS n FROM customer_rfm${where ? ` WHERE ${where}` : ''}`;
}

/** P(alive) and CLV of the given customers, for the rows on screen. */
export function clvOfCustomersSql(ids: readonly string[]): string {
  const list = ids.length ? ids.map(sqlString).join(', ') : 'NULL';
  return `SELECT customer_id, p_alive, clv FROM customer_clv WHERE customer_id IN (${list})`;
}

/** P(alive) and CLV of every customer (to join onto an export). */
export function clvAllSql(): string {
  return 'SELECT customer_id, p_alive, clv FROM customer_clv';
}

/**
 * At most `limit` CLV values, a deterministic sample (by a hash of the id, so the same data
 * gives the same picture) when there are more; with the count of all fitted values.
 */
export function clvSampleSql(limit = 20_000): string {
  const n = sqlNumber(limit, 'limit', 1);
  return `SELECT clv, count(*) OVER ()::INTEGER AS total FROM customer_clv
WHERE clv IS NOT NULL AND isfinite(clv)
ORDER BY hash(customer_id), customer_id
LIMIT ${n}`;
}

/**
 * Recency (t_x, time from first to last purchase) and frequency (x, repeat purchases) as the
 * models saw them, with each customer's P(alive): a deterministic sample of at most `limit`.
 * The sample's customers are picked from customer_clv first and only their orders summarised:
 * the summary of every customer in one statement ran DuckDB-WASM's heap out at 50M rows (the
 * page at 3.8 GB), where runClv builds it in customer slices. customer_clv was written from the
 * summary of the same calibration end and unit, so every sampled customer has a summary row.
 */
export function pAliveSampleSql(opts: { calibrationEnd: string; unit: 'day' | 'week' | 'month'; limit?: number }): string {
  const n = sqlNumber(opts.limit ?? 20_000, 'limit', 1);
  return `WITH v AS (
  SELECT customer_id, p_alive FROM customer_clv
  WHERE p_alive IS NOT NULL
  ORDER BY hash(customer_id), customer_id
  LIMIT ${n}
),
sampled AS (SELECT * FROM transactions WHERE customer_id IN (SELECT customer_id FROM v)),
s AS (
${clvSummary({ calibrationEnd: opts.calibrationEnd, unit: opts.unit, table: 'sampled' })}
)
SELECT s.t_x AS recency, s.x AS frequency, v.p_alive
FROM s JOIN v USING (customer_id)
ORDER BY hash(customer_id), customer_id`;
}

/** The customers with the highest CLV, with their orders, net revenue, last order and segment. */
export function topClvSql(limit = 20): string {
  const n = sqlNumber(limit, 'limit', 1);
  return `SELECT v.customer_id, v.p_alive, v.clv, c.frequency, c.revenue, c.last_date::VARCHAR AS last_date,
  c.segment_rfm10
FROM customer_clv AS v JOIN customer_rfm AS c USING (customer_id)
WHERE v.clv IS NOT NULL
ORDER BY v.clv DESC, v.customer_id
LIMIT ${n}`;
}

/**
 * Dwyer's inputs from the data: over the `yearDays` before ref_date, m = net revenue per
 * customer who bought in that year; with repeatStatsSql's return_share as the retention r.
 */
export function yearlyValueSql(yearDays = 365): string {
  const y = sqlNumber(yearDays, 'yearDays', 1, 100_000);
  return `SELECT count(DISTINCT customer_id)::INTEGER AS customers, coalesce(sum(amount), 0) AS revenue
FROM transactions
WHERE customer_id IS NOT NULL AND order_date IS NOT NULL
  AND order_date >= (SELECT max(order_date) + 1 FROM transactions) - ${y}`;
}

/** Customers, net revenue and the two axes' medians per cell of a per-customer matrix query. */
export function cellsSql(matrixSql: string, value: string | null): string {
  const rev = value === null ? 'NULL::DOUBLE' : `sum(${sqlIdent(value)})`;
  return `SELECT cell, count(*)::INTEGER AS customers, ${rev} AS revenue FROM (
${matrixSql}
) AS m GROUP BY cell ORDER BY cell`;
}

/** Behavioural loyalty alone: customers above the median number of orders, and that median. */
export function behaviourSplitSql(): string {
  return `WITH c AS (SELECT frequency, frequency > quantile_cont(frequency, 0.5) OVER () AS high FROM customer_rfm)
SELECT count(*) FILTER (WHERE high)::INTEGER AS high, count(*) FILTER (WHERE NOT high)::INTEGER AS low,
  (SELECT quantile_cont(frequency, 0.5) FROM customer_rfm) AS median,
  count(*) FILTER (WHERE frequency >= 2)::INTEGER AS repeaters
FROM c`;
}

/** Mean attitude per customer from an attribute column of transactions, or of `table` (text read as a number). */
export function attitudeSql(column: string, table = 'transactions'): string {
  const c = sqlIdent(column);
  return `SELECT customer_id, avg(TRY_CAST(${c} AS DOUBLE)) AS attitude
FROM ${sqlIdent(table)} WHERE customer_id IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NOT NULL
GROUP BY customer_id`;
}
