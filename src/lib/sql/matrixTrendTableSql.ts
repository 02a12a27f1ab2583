import type { WindowOptions } from './WindowOptions';
import { customerSliceViewSql } from './customerSliceViewSql';
import { matrixTrendSql } from './matrixTrendSql';
import { sqlIdent } from './sqlIdent';

const VIEW = '__matrix_part';

/**
 * The statements that fill table `table` with matrixTrendSql's rows (`build`) and remove it and
 * the slice view again (`drop`). With `parts` > 1 (big data: dataParts) one customer hash slice
 * at a time, so the order-level hash table holds 1/`parts` of the orders, with CHECKPOINT after
 * each slice so the rows inserted so far are compressed; `opts.refDate` must then be given (each
 * slice would otherwise take its own latest date). A customer's sums depend on that customer's
 * orders only, so the table is the same as one statement's.
 */
export function matrixTrendTableSql(table: string, opts: WindowOptions & { trendDays?: number }, parts: number): { build: string[]; drop: string[] } {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`invalid parts: ${parts} (expected a whole number >= 1)`);
  if (parts > 1 && opts.refDate === undefined) throw new Error(`invalid parts: ${parts} (a refDate is needed to build in parts)`);
  const t = sqlIdent(table);
  const drop = [`DROP VIEW IF EXISTS ${VIEW}`, `DROP TABLE IF EXISTS ${t}`];
  if (parts === 1) return { build: [`CREATE OR REPLACE TABLE ${t} AS ${matrixTrendSql(opts)}`], drop };
  const build: string[] = [];
  for (let k = 0; k < parts; k++) {
    const into = k === 0 ? `CREATE OR REPLACE TABLE ${t} AS` : `INSERT INTO ${t}`;
    build.push(customerSliceViewSql(VIEW, k, parts, opts.table), `${into} ${matrixTrendSql({ ...opts, table: VIEW })}`, 'CHECKPOINT');
  }
  build.push(`DROP VIEW ${VIEW}`);
  return { build, drop };
}
