import { Utf8, makeVector, vectorFromArray, Table, type Vector } from 'apache-arrow';
import { NUMBER_ROLES, TEXT_ROLES, type RowBatch } from '../ingest/types';

/** Marks "no date" in the staged day numbers (Int32 minimum, never a real day). */
export const NULL_DAY = -2147483648;

/**
 * Turn one normalised batch into an Arrow table in the `transactions` column order. Numbers
 * keep NaN for "no value" and dates are staged as day numbers with NULL_DAY; insertBatchSql
 * turns both into NULL, which is cheaper than building validity bitmaps here.
 */
export function batchToArrow(batch: RowBatch, attributes: string[]): Table {
  const n = batch.length;
  const cols: Record<string, Vector> = {};
  cols.line = makeVector(batch.line);
  for (const role of TEXT_ROLES) {
    cols[role] = vectorFromArray(batch.text[role] ?? new Array<null>(n).fill(null), new Utf8());
  }
  cols.order_day = makeVector(batch.order_date ?? new Int32Array(n).fill(NULL_DAY));
  for (const role of NUMBER_ROLES) {
    cols[role] = makeVector(batch.numbers[role] ?? new Float64Array(n).fill(NaN));
  }
  attributes.forEach((name, i) => {
    cols[`a${i}`] = vectorFromArray(batch.attributes[name] ?? new Array<null>(n).fill(null), new Utf8());
  });
  return new Table(cols);
}
