import type * as duckdb from '@duckdb/duckdb-wasm/blocking';

/**
 * Settings applied to every connection. DuckDB-WASM would otherwise fetch the json, parquet and
 * icu extensions from extensions.duckdb.org at run time: a request to another origin, which this
 * app never makes (DESIGN.md, "the extension trap").
 */
export const CONNECTION_SETUP = [
  'SET autoload_known_extensions = false',
  'SET autoinstall_known_extensions = false',
];

/** Open the database with our config and return a connection with extension autoloading off. */
export function connect(db: duckdb.DuckDBBindings): duckdb.DuckDBConnection {
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  for (const sql of CONNECTION_SETUP) conn.query(sql);
  // In-memory tables are stored uncompressed unless the database asks for compression: with it a
  // transaction row takes about 25 bytes instead of 165 (bench, November 2026), which is what
  // moves the wasm32 memory ceiling (3.1 GiB) from ~20M rows to ~100M.
  conn.query("ATTACH ':memory:' AS segbook (COMPRESS)");
  conn.query('USE segbook');
  return conn;
}
