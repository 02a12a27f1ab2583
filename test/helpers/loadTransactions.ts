import { readFileSync } from 'node:fs';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';

const TEXT = ['customer_id', 'order_id', 'product', 'category', 'region', 'channel'];
const NUMBER = ['amount', 'quantity', 'unit_price', 'cost', 'margin'];

/**
 * Load a CSV whose header uses role names (order_id, customer_id, order_date, amount, ...) into
 * `table` with the engine's transactions schema: every role column present, NULL when the file
 * lacks it; ids read as text so leading zeros stay; `line` = 1-based physical line (header = 1).
 * A test stand-in for the real import, which maps arbitrary headers.
 */
export function loadTransactions(
  db: duckdb.DuckDBBindings,
  conn: duckdb.DuckDBConnection,
  source: string | URL | Uint8Array,
  table = 'transactions',
): void {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(readFileSync(source));
  const header = new TextDecoder().decode(bytes.subarray(0, 4096)).split(/\r?\n/)[0].split(',').map((h) => h.trim());
  const name = `${table}_${Math.random().toString(36).slice(2)}.csv`;
  db.registerFileBuffer(name, bytes);
  const types = Object.fromEntries(header.map((h) => [h, 'VARCHAR']));
  const cols = (names: string[], type: string) =>
    names.map((c) => (header.includes(c) ? `CAST(${c} AS ${type}) AS ${c}` : `CAST(NULL AS ${type}) AS ${c}`));
  conn.query(`CREATE OR REPLACE TABLE ${table} AS
SELECT (row_number() OVER () + 1)::INTEGER AS line,
  ${[...cols(TEXT, 'VARCHAR'), ...cols(['order_date'], 'DATE'), ...cols(NUMBER, 'DOUBLE')].join(',\n  ')}
FROM read_csv('${name}', header = true, columns = ${JSON.stringify(types).replaceAll('"', "'")})`);
  db.dropFile(name);
}

/** Create `table` from literal rows, for hand-computed fixtures; omitted columns are NULL. */
export function createTransactions(
  conn: duckdb.DuckDBConnection,
  rows: Partial<Record<string, string | number | null>>[],
  table = 'transactions',
): void {
  const lit = (v: string | number | null | undefined, type: string) =>
    v === null || v === undefined ? `CAST(NULL AS ${type})` : typeof v === 'number' ? `CAST(${v} AS ${type})` : `CAST('${v.replaceAll("'", "''")}' AS ${type})`;
  const schema: [string, string][] = [
    ['line', 'INTEGER'], ...TEXT.map((c): [string, string] => [c, 'VARCHAR']), ['order_date', 'DATE'],
    ...NUMBER.map((c): [string, string] => [c, 'DOUBLE']),
  ];
  conn.query(`CREATE OR REPLACE TABLE ${table} (${schema.map(([c, t]) => `${c} ${t}`).join(', ')})`);
  if (rows.length === 0) return;
  const values = rows.map((r, i) => `(${schema.map(([c, t]) => lit(c === 'line' ? (r.line ?? i + 2) : r[c], t)).join(', ')})`);
  conn.query(`INSERT INTO ${table} VALUES ${values.join(',\n')}`);
}

/** Run a query and return plain row objects (BIGINT as number), for fixture assertions. */
export function queryRows(conn: duckdb.DuckDBConnection, sql: string): Record<string, unknown>[] {
  return conn.query(sql).toArray().map((r) => {
    // SAFETY: Arrow StructRow.toJSON returns the row as a plain object keyed by column name.
    const o = (r as { toJSON(): Record<string, unknown> }).toJSON();
    for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
    return o;
  });
}
