import type { Table } from 'apache-arrow';

/**
 * What a runner needs from DuckDB: a synchronous query returning an Arrow table. The engine
 * (workers/engine.ts), a DuckDB-WASM blocking connection and a test connection all fit.
 */
export interface Queryable {
  query(sql: string): Table;
}
