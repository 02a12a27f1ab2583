import { customerSliceViewSql } from './customerSliceViewSql';
import { sqlIdent } from './sqlIdent';

/**
 * The statements that fill table `table` with a per-customer query (`build`) and remove it and
 * its slice view again (`drop`). `select(from)` gives the query over the transactions table
 * `from`. With `parts` > 1 (big data: dataParts) the query runs on one customer hash slice at a
 * time (the temp view `<table>_part`), so its order-level hash tables hold 1/`parts` of the
 * orders, with CHECKPOINT after each slice so the rows inserted so far are compressed. Rows that
 * depend on one customer's transactions only are then the same as one statement's; a query
 * that reads a reference date must be given it (each slice would otherwise take its own).
 */
export function customerSlicedTableSql(table: string, select: (from: string) => string, parts: number, source = 'transactions'): { build: string[]; drop: string[] } {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`invalid parts: ${parts} (expected a whole number >= 1)`);
  const t = sqlIdent(table);
  const view = `${table}_part`;
  const drop = [`DROP VIEW IF EXISTS ${sqlIdent(view)}`, `DROP TABLE IF EXISTS ${t}`];
  if (parts === 1) return { build: [`CREATE OR REPLACE TABLE ${t} AS ${select(source)}`], drop };
  const build: string[] = [];
  for (let k = 0; k < parts; k++) {
    const into = k === 0 ? `CREATE OR REPLACE TABLE ${t} AS` : `INSERT INTO ${t}`;
    build.push(customerSliceViewSql(view, k, parts, source), `${into} ${select(view)}`, 'CHECKPOINT');
  }
  build.push(`DROP VIEW ${sqlIdent(view)}`);
  return { build, drop };
}
