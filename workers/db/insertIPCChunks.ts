import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { RecordBatchReader, RecordBatchStreamWriter, Table, type RecordBatch } from 'apache-arrow';

/** Rows per insert: about 30 MB of IPC for transaction rows, against the whole copy at once (114 MiB at 1M rows). */
const CHUNK_ROWS = 256 * 1024;

/**
 * Creates `table` from an Arrow IPC stream a slice of batches at a time: DuckDB-WASM copies the
 * bytes it is given into the wasm heap, so inserting a whole device copy at once held the copy
 * there beside the table it became (1M rows: +177 MiB of heap). The first slice creates the
 * table (an empty stream still creates it, with its columns), the rest append. `chunkRows`: rows
 * per slice (tests make it small).
 */
export function insertIPCChunks(conn: duckdb.DuckDBConnection, bytes: Uint8Array, table: string, chunkRows = CHUNK_ROWS): void {
  const reader = RecordBatchReader.from(bytes);
  let batches: RecordBatch[] = [];
  let rows = 0;
  let created = false;
  const flush = () => {
    const ipc = RecordBatchStreamWriter.writeAll(batches.length > 0 ? batches : new Table(reader.schema)).toUint8Array(true);
    conn.insertArrowFromIPCStream(ipc, { name: table, create: !created });
    created = true;
    batches = [];
    rows = 0;
  };
  for (const batch of reader) {
    batches.push(batch);
    rows += batch.numRows;
    if (rows >= chunkRows) flush();
  }
  if (!created || batches.length > 0) flush();
}
