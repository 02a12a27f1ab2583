/** Transaction rows per slice when the per-customer tables are built in parts. */
const ROWS_PER_PART = 4_000_000;

/**
 * How many customer slices prepareOverviewSql builds in for `rows` transactions: 1 up to 4M rows
 * (one statement each, the fastest), then one more per 4M. The order-level hash tables take about
 * 100 bytes an order; 20M orders in one go ran DuckDB-WASM's 3.1 GiB out.
 */
export function overviewParts(rows: number): number {
  return Math.max(1, Math.ceil(rows / ROWS_PER_PART));
}
