import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';
import { sqlString } from './sqlString';

/** The two axes (columns of the rows), the names of their high flags, and the four quadrants' names. */
export interface Quadrants {
  x: string; xHigh: string; y: string; yHigh: string;
  /** High on both axes, on x only, on y only, on neither. */
  cells: { both: string; x: string; y: string; none: string };
}

/**
 * A 2x2 matrix over per-customer rows: the rows of `rows` (a query with columns `x` and `y`)
 * with flags `xHigh`, `yHigh` (value above quantile `split` of its axis, as splitSql: strictly
 * greater, so a value equal to the cut is low) and `cell`. The cuts are one aggregate
 * cross-joined to the rows, the same quantiles as splitSql's window without a window that holds
 * every row; `v` is not materialized, so each use reads `rows` again instead of keeping it whole.
 */
export function quadrantSplitSql(rows: string, m: Quadrants, split: number): string {
  if (!(split > 0 && split < 1)) throw new Error(`invalid split: ${String(split)} (expected 0 < split < 1)`);
  const q = sqlNumber(split, 'split');
  const [xc, yc, xh, yh] = [m.x, m.y, m.xHigh, m.yHigh].map(sqlIdent);
  const names = m.cells;
  return `WITH v AS NOT MATERIALIZED (
${rows}
),
k AS (SELECT quantile_cont(${xc}, ${q}) AS x_cut, quantile_cont(${yc}, ${q}) AS y_cut FROM v),
s AS (SELECT v.*, v.${xc} > k.x_cut AS ${xh}, v.${yc} > k.y_cut AS ${yh} FROM v CROSS JOIN k)
SELECT *, CASE WHEN ${xh} AND ${yh} THEN ${sqlString(names.both)} WHEN ${xh} THEN ${sqlString(names.x)}
  WHEN ${yh} THEN ${sqlString(names.y)} ELSE ${sqlString(names.none)} END AS cell
FROM s`;
}
