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
 * A 2x2 matrix over per-customer rows. `cuts` are the statements that fill table `table` with
 * one row (x_cut, y_cut): quantile `split` of each axis of `rows` (a query with columns `x` and
 * `y`), one axis at a time (both quantile states at once held twice the memory: each keeps
 * every customer's value). `sql` gives the rows of `rows` with flags `xHigh`, `yHigh` (value
 * above its axis's cut, as splitSql: strictly greater, so a value equal to the cut is low) and
 * `cell`: the same quantiles as splitSql's window, without a window that holds every row, and
 * computed once for all the queries that read the matrix.
 */
export function quadrantSplitSql(rows: string, m: Quadrants, split: number, table: string): { cuts: string[]; sql: string } {
  if (!(split > 0 && split < 1)) throw new Error(`invalid split: ${String(split)} (expected 0 < split < 1)`);
  const q = sqlNumber(split, 'split');
  const [xc, yc, xh, yh, t] = [m.x, m.y, m.xHigh, m.yHigh, table].map(sqlIdent);
  const names = m.cells;
  const cuts = [
    `CREATE OR REPLACE TABLE ${t} AS SELECT quantile_cont(${xc}, ${q}) AS x_cut, NULL::DOUBLE AS y_cut FROM (\n${rows}\n) AS v`,
    `UPDATE ${t} SET y_cut = (SELECT quantile_cont(${yc}, ${q}) FROM (\n${rows}\n) AS v)`,
  ];
  const sql = `WITH v AS (
${rows}
),
s AS (SELECT v.*, v.${xc} > k.x_cut AS ${xh}, v.${yc} > k.y_cut AS ${yh} FROM v CROSS JOIN ${t} AS k)
SELECT *, CASE WHEN ${xh} AND ${yh} THEN ${sqlString(names.both)} WHEN ${xh} THEN ${sqlString(names.x)}
  WHEN ${yh} THEN ${sqlString(names.y)} ELSE ${sqlString(names.none)} END AS cell
FROM s`;
  return { cuts, sql };
}
