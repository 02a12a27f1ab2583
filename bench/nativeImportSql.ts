import { sqlString } from '../src/lib/sql/sqlString';
import { NUMBER_ROLES, TEXT_ROLES } from '../workers/ingest/types';

/** The columns gen-transactions.mjs writes (without --lines), in file order, with their types. */
const CSV_COLUMNS: Record<string, string> = {
  order_id: 'VARCHAR', customer_id: 'VARCHAR', order_date: 'DATE', amount: 'DOUBLE',
  product: 'VARCHAR', category: 'VARCHAR', region: 'VARCHAR', channel: 'VARCHAR',
};

/**
 * Native DuckDB's version of the browser import: read_csv with explicit types into the engine's
 * `transactions` schema (workers/import/transactionsDdl.ts: line, the text roles, order_date, the
 * number roles), roles the file lacks as typed NULLs as the app stores them. `line` is the
 * physical line (header = 1), which the app also stores, so native pays for it as well.
 */
export function nativeImportSql(csvPath: string): string {
  const cols = Object.entries(CSV_COLUMNS).map(([k, t]) => `${sqlString(k)}: ${sqlString(t)}`).join(', ');
  const pick = (role: string, type: string) => (role in CSV_COLUMNS ? `${role}::${type} AS ${role}` : `NULL::${type} AS ${role}`);
  const select = [
    '(row_number() OVER () + 1)::INTEGER AS line',
    ...TEXT_ROLES.map((r) => pick(r, 'VARCHAR')),
    pick('order_date', 'DATE'),
    ...NUMBER_ROLES.map((r) => pick(r, 'DOUBLE')),
  ];
  return `CREATE OR REPLACE TABLE transactions AS
SELECT ${select.join(',\n  ')}
FROM read_csv(${sqlString(csvPath)}, header = true, columns = {${cols}})`;
}
