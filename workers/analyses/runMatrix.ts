import type { LoyaltyMatrixOptions } from '../../src/lib/sql/loyaltyMatrixSql';
import { loyaltyMatrixSql } from '../../src/lib/sql/loyaltyMatrixSql';
import type { ValueMatrixOptions } from '../../src/lib/sql/valueMatrixSql';
import { valueMatrixSql } from '../../src/lib/sql/valueMatrixSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';

/** The `matrix` object of CONTRACT.md. */
export interface MatrixResult {
  /** Cells A, B, C, D in that order (empty ones with 0). */
  value: { cell: string; customers: number }[];
  /**
   * 绝对忠诚, 惯性忠诚, 潜在忠诚, 非忠诚; null when no attitude (satisfaction / NPS) column was
   * given: behaviour alone cannot place anyone on the attitude axis.
   */
  loyalty: { cell: string; customers: number }[] | null;
}

const VALUE_CELLS = ['A', 'B', 'C', 'D'];
const LOYALTY_CELLS = ['绝对忠诚', '惯性忠诚', '潜在忠诚', '非忠诚'];

function counts(q: Queryable, sql: string, cells: string[]): { cell: string; customers: number }[] {
  const c = readColumns(q.query(`SELECT cell, count(*)::INTEGER AS customers FROM (${sql}) AS m GROUP BY cell`), ['cell', 'customers']);
  const by = new Map(c.cell.map((k, i) => [String(k), num(c.customers[i])]));
  return cells.map((cell) => ({ cell, customers: by.get(cell) ?? 0 }));
}

/** The ABC value matrix and, when an attitude column is given, the loyalty matrix (ANALYSES.md section 6). */
export function runMatrix(
  q: Queryable,
  opts: ValueMatrixOptions & { attitude?: LoyaltyMatrixOptions['attitude'] } = {},
): MatrixResult {
  const value = counts(q, valueMatrixSql(opts), VALUE_CELLS);
  const loyalty = opts.attitude === undefined ? null : counts(q, loyaltyMatrixSql({ ...opts, attitude: opts.attitude }), LOYALTY_CELLS);
  return { value, loyalty };
}
