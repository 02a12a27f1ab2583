/** Rows per hash slice of the import summary's distinct counts. */
const ROWS_PER_SLICE = 8_000_000;

/**
 * How many slices importSummarySql's distinct counts run in for `rows` imported rows: 1 up to 8M
 * (one query), then one more per 8M; 50M distinct order ids in one hash table run the heap out.
 */
export function summarySlices(rows: number): number {
  return Math.max(1, Math.ceil(rows / ROWS_PER_SLICE));
}
