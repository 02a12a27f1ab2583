import type * as duckdb from '@duckdb/duckdb-wasm/blocking';

/** Arrow IPC's end-of-stream marker: a continuation token and a zero metadata length. */
const END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

/**
 * The result of `sql` as one Arrow IPC stream in a Blob, read from DuckDB's streaming result a
 * chunk at a time: the wasm heap holds one chunk (2,048 rows) instead of the whole result, which
 * a query of a whole table (conn.query) materializes there before copying it out. The chunks are
 * DuckDB's own IPC messages (the schema, then one record batch each), kept as bytes and joined
 * by the Blob, so nothing is decoded and re-encoded on the way.
 *
 * Synchronous from start to end (the blocking bindings' pending query is polled in a loop), so no
 * other call on the connection can run in between and close the streaming result.
 */
export function streamIPC(db: duckdb.DuckDBBindings, conn: duckdb.DuckDBConnection, sql: string): Blob {
  return new Blob(streamIPC.parts(db, conn, sql), { type: 'application/vnd.apache.arrow.stream' });
}

/**
 * The same stream as streamIPC, as its messages' bytes (the schema, a record batch per chunk,
 * the end marker): `tableFromIPC` reads them in one synchronous call.
 */
streamIPC.parts = (db: duckdb.DuckDBBindings, conn: duckdb.DuckDBConnection, sql: string): Uint8Array<ArrayBuffer>[] => {
  const id = conn.useUnsafe((_, c) => c);
  let header = db.startPendingQuery(id, sql, true);
  while (header === null) header = db.pollPendingQuery(id);
  const parts: Uint8Array<ArrayBuffer>[] = [own(header)];
  for (;;) {
    const chunk = db.fetchQueryResults(id);
    if (chunk === null) continue; // not ready yet: fetch again
    if (chunk.length === 0) break;
    parts.push(own(chunk));
  }
  parts.push(END_OF_STREAM);
  return parts;
};

/** A chunk as its own bytes (the bindings copy results out of the wasm heap; a view is copied). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  // SAFETY: copyBuffer in duckdb-wasm returns a fresh Uint8Array over a plain ArrayBuffer; any
  // other backing store (a view of the wasm heap, a SharedArrayBuffer) is copied here instead.
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
