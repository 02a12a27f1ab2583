/** Rows per hash slice of the import summary's distinct counts. */
const ROWS_PER_SLICE = 4_000_000;

/**
 * How many slices importSummarySql's distinct counts run in for `rows` imported rows: 1 up to 4M
 * (one query), then one more per 4M; 50M distinct order ids in one hash table run the heap out,
 * and each slice's two hash tables (~60 bytes a distinct value) add to the import's peak heap.
 */
export function summarySlices(rows: number): number {
  return Math.max(1, Math.ceil(rows / ROWS_PER_SLICE));
}
