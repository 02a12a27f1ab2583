import { quoteIdent } from './quoteIdent';
import { quoteLiteral } from './quoteLiteral';

/** The table comment that says so; DuckDB drops it with the table, so a table made anew has none. */
const COMMENT = 'segbook: every line is an order of its own';

/**
 * The statement that marks `table` as holding one line per order (WindowOptions.linesAreOrders):
 * the import runs it when its summary counted as many orders as rows. A comment on the table
 * rather than a flag in the engine, so that the mark goes wherever the table goes and is gone
 * when the table is replaced by any other means (a restore, a notebook script).
 */
export function linesAreOrdersSql(table: string): string {
  return `COMMENT ON TABLE ${quoteIdent(table)} IS ${quoteLiteral(COMMENT)}`;
}

/**
 * A query whose one row's `yes` is true when `table` (in the current database's main schema: the
 * native door attaches a database of its own beside DuckDB's default one) carries the mark; no
 * row when there is no such table.
 */
linesAreOrdersSql.read = (table: string): string =>
  `SELECT coalesce(comment = ${quoteLiteral(COMMENT)}, false) AS yes FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ${quoteLiteral(table)} AND NOT temporary`;
