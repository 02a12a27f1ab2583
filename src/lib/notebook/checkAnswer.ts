import type { SqlCell } from './types';

/** The outcome of a lesson's answer check; values as DuckDB prints them (VARCHAR), null for NULL. */
export interface CheckResult {
  pass: boolean;
  /** The first value of the cell's view; undefined when the view has no rows. */
  actual: string | null | undefined;
  /** The first value of the check's expectSql. */
  expected: string | null | undefined;
}

// Values come back as text, so DECIMAL, BIGINT, DATE and DOUBLE all compare the same way
// whatever the engine's Arrow settings (a DECIMAL read through Arrow is an unscaled integer).
const firstAsText = (query: string): string =>
  `SELECT COLUMNS(*)::VARCHAR FROM (${query.trim().replace(/;\s*$/, '')}\n) AS answer LIMIT 1`;

const asNumber = (v: string): number | null => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

/** Equal as a student would mean it: numbers to about nine significant digits, text exactly. */
function sameAnswer(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== null && y !== null) return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return a === b;
}

/**
 * Check a lesson's answer: the first value (first column, first row) of the cell's view must
 * equal the first value of `check.expectSql`. `firstValue(sql)` runs a query and returns the
 * first value of its result (undefined for no rows). The cell must have run: its view is read.
 */
export async function checkAnswer(
  cell: SqlCell,
  firstValue: (sql: string) => Promise<unknown>,
): Promise<CheckResult> {
  if (!cell.check) throw new Error(`cell ${cell.name}: no check`);
  const text = async (query: string): Promise<string | null | undefined> => {
    const v = await firstValue(firstAsText(query));
    return v === undefined || v === null ? v : String(v);
  };
  const actual = await text(`SELECT * FROM "${cell.name.replaceAll('"', '""')}"`);
  const expected = await text(cell.check.expectSql);
  const pass = actual !== undefined && expected !== undefined && sameAnswer(actual, expected);
  return { pass, actual, expected };
}
