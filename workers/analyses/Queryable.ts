import type { Table } from 'apache-arrow';

/**
 * What a runner needs from DuckDB: a synchronous query returning an Arrow table. The engine
 * (workers/engine.ts), a DuckDB-WASM blocking connection and a test connection all fit.
 */
export interface Queryable {
  query(sql: string): Table;
  /**
   * The same result read out of DuckDB a chunk at a time (streamIPC), for results of many rows:
   * the wasm heap then holds one chunk instead of the whole result. Optional: callers fall back
   * to `query`.
   */
  queryStreamed?(sql: string): Table;
}
