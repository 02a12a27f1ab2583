import { DateDay, Float64, Table, makeData, makeVector, type Vector } from 'apache-arrow';
import { NUMBER_ROLES, TEXT_ROLES, type RowBatch } from '../ingest/types';
import { utf8Vector } from './utf8Vector';

/**
 * One normalised batch as an Arrow table in exactly the `transactions` column order and types
 * (transactionsDdl), nulls as validity bitmaps, so DuckDB appends it to the table directly with
 * no staging copy. NaN in numbers means "no value".
 */
export function batchToArrow(batch: RowBatch, attributes: string[]): Table {
  const n = batch.length;
  const cols: Record<string, Vector> = {};
  cols.line = makeVector(batch.line);
  const nullText = new Array<null>(n).fill(null);
  for (const role of TEXT_ROLES) cols[role] = utf8Vector(batch.text[role] ?? nullText);
  cols.order_date = batch.order_date
    ? makeVector(makeData({ type: new DateDay(), length: n, nullCount: 0, data: batch.order_date }))
    : makeVector(makeData({ type: new DateDay(), length: n, nullCount: n, nullBitmap: new Uint8Array((n + 7) >> 3), data: new Int32Array(n) }));
  for (const role of NUMBER_ROLES) cols[role] = doubles(batch.numbers[role], n);
  for (const name of attributes) cols[name] = utf8Vector(batch.attributes[name] ?? nullText);
  return new Table(cols);
}

function doubles(values: Float64Array | undefined, n: number): Vector {
  const data = values ?? new Float64Array(n).fill(NaN);
  const validity = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(data[i])) nulls++;
    else validity[i >> 3]! |= 1 << (i & 7);
  }
  return makeVector(makeData({ type: new Float64(), length: n, nullCount: nulls, nullBitmap: nulls ? validity : null, data }));
}
