import { DataType, type Table, type Vector } from 'apache-arrow';
import { DuckDBDataChunk, DuckDBDateValue, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';
import { duckTypeOf } from './duckTypeOf';

/** Rows per appended chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;
const DAY_MS = 86_400_000;

/**
 * Append an Arrow table's rows to a DuckDB table through `appender`, column by position, as
 * DuckDB-WASM's insertArrowFromIPCStream does. Values travel in data chunks (one native call
 * per 2048 rows rather than one per value); Arrow dates become DuckDB days.
 */
export function appendArrow(appender: DuckDBAppender, table: Table): void {
  const fields = table.schema.fields;
  const types = fields.map((f) => duckTypeOf(f.name, f.type));
  const columns: Vector[] = fields.map((_, c) => table.getChildAt(c)!);
  const dates = fields.map((f) => DataType.isDate(f.type));
  for (let start = 0; start < table.numRows; start += CHUNK_ROWS) {
    const n = Math.min(CHUNK_ROWS, table.numRows - start);
    const chunk = DuckDBDataChunk.create(types, n);
    columns.forEach((col, c) => {
      const values: DuckDBValue[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v: unknown = col.get(start + i);
        // SAFETY: Arrow's get() returns string, number, bigint or boolean for the types duckTypeOf accepts.
        values[i] = v === null || v === undefined ? null : dates[c] ? new DuckDBDateValue(Math.round(Number(v) / DAY_MS)) : (v as DuckDBValue);
      }
      chunk.setColumnValues(c, values);
    });
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
}
