/** Up to this many transaction rows the per-customer tables are built in one statement each. */
const WHOLE_UP_TO_ROWS = 4_000_000;
/** Transaction rows per slice above that. */
const ROWS_PER_PART = 2_000_000;

/**
 * How many customer slices prepareOverviewSql builds in for `rows` transactions: 1 up to 4M rows
 * (one statement each, the fastest), then one per 2M. A slice's hash tables (customer_periods'
 * sums per customer and period: 5M rows in one statement grew the heap by 341 MiB) are what the
 * wasm heap grows by, beside the tables already built; 20M rows in one go ran DuckDB-WASM's
 * 3.1 GiB out, and in slices of 2M instead of 4M the peak heap at 20M was 1,005 MiB instead of
 * 1,104 through the selection cells (Node), for about 10 s more.
 */
export function overviewParts(rows: number): number {
  return rows <= WHOLE_UP_TO_ROWS ? 1 : Math.ceil(rows / ROWS_PER_PART);
}
