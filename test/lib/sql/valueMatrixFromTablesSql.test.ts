import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { matrixTrendSql } from '../../../src/lib/sql/matrixTrendSql';
import { valueMatrixFromTablesSql } from '../../../src/lib/sql/valueMatrixFromTablesSql';
import { valueMatrixSql } from '../../../src/lib/sql/valueMatrixSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

/** Rows of `a` and `b` that differ: another cell or high flag, or a value off by more than 1e-9 relative. */
function differences(conn: Conn, a: string, b: string): number {
  const off = (c: string) => `abs(a.${c} - b.${c}) > 1e-9 * greatest(abs(a.${c}), abs(b.${c}))`;
  return Number(queryRows(conn, `SELECT count(*) AS n FROM (${a}) AS a FULL JOIN (${b}) AS b USING (customer_id)
    WHERE a.customer_id IS NULL OR b.customer_id IS NULL OR a.cell <> b.cell
      OR a.current_high <> b.current_high OR a.future_high <> b.future_high
      OR ${off('current_value')} OR ${off('future_value')}`)[0]!.n);
}

describe('valueMatrixFromTablesSql', () => {
  it('valueMatrixFromTablesSql() reads current value from customer_rfm and the cuts from the cut table', () => {
    const m = valueMatrixFromTablesSql({ trend: '__trend', split: 0.8, cuts: '__vcuts' });
    expect(m.sql).toContain('WITH v AS (\n  SELECT c.customer_id, c.revenue AS current_value, greatest(0, 2 * coalesce(t.r1, 0) - coalesce(t.r0, 0)) AS future_value');
    expect(m.sql).toContain('FROM customer_rfm AS c\n  LEFT JOIN __trend AS t ON t.customer_id = c.customer_id');
    expect(m.sql).toContain('v.current_value > k.x_cut AS current_high, v.future_value > k.y_cut AS future_high FROM v CROSS JOIN __vcuts AS k');
    expect(m.sql).toContain("CASE WHEN current_high AND future_high THEN 'A' WHEN current_high THEN 'C'\n  WHEN future_high THEN 'B' ELSE 'D' END AS cell");
    expect(m.sql).not.toContain('OVER');
    expect(m.cuts[0]).toMatch(/^CREATE OR REPLACE TABLE __vcuts AS SELECT quantile_cont\(current_value, 0.8\) AS x_cut/);
    expect(m.cuts[1]).toMatch(/^UPDATE __vcuts SET y_cut = \(SELECT quantile_cont\(future_value, 0.8\)/);
    const clv = valueMatrixFromTablesSql({ customers: 'base', future: { table: 'customer_clv', column: 'clv' }, cuts: '__vcuts' }).sql;
    expect(clv).toContain('coalesce(fv.clv, 0)::DOUBLE AS future_value\n  FROM base AS c\n  LEFT JOIN customer_clv AS fv ON fv.customer_id::VARCHAR = c.customer_id');
    expect(() => valueMatrixFromTablesSql({ cuts: 'k' })).toThrow('value matrix: expected one future value (trend or future)');
    expect(() => valueMatrixFromTablesSql({ trend: 't', future: { table: 'f', column: 'c' }, cuts: 'k' })).toThrow('value matrix: expected one future value (trend or future)');
    expect(() => valueMatrixFromTablesSql({ trend: 't', split: 1, cuts: 'k' })).toThrow('invalid split: 1 (expected 0 < split < 1)');
  });

  it('valueMatrixFromTablesSql() gives valueMatrixSql()\'s rows, columns and types, with the trend or a future table', async () => {
    const d = await openNodeDuckDB();
    loadGenerated(d, 3000, 43);
    d.conn.query(`CREATE TABLE customer_rfm AS ${customerRfmSql()}`);
    d.conn.query(`CREATE TABLE __trend AS ${matrixTrendSql()}`);
    // A fitted value for most customers (some missing: they count as 0), with ties.
    d.conn.query(`CREATE TABLE customer_clv AS SELECT customer_id, (hash(customer_id) % 50)::DOUBLE AS clv
      FROM customer_rfm WHERE hash(customer_id) % 7 <> 0`);
    const cases = [
      [valueMatrixSql(), valueMatrixFromTablesSql({ trend: '__trend', cuts: '__vcuts' })],
      [valueMatrixSql({ split: 0.8 }), valueMatrixFromTablesSql({ trend: '__trend', split: 0.8, cuts: '__vcuts' })],
      [valueMatrixSql({ future: { table: 'customer_clv', column: 'clv' } }), valueMatrixFromTablesSql({ future: { table: 'customer_clv', column: 'clv' }, cuts: '__vcuts' })],
    ] as const;
    for (const [old, m] of cases) {
      for (const s of m.cuts) d.conn.query(s);
      const now = m.sql;
      const cells = queryRows(d.conn, `SELECT cell, count(*) AS n FROM (${old}) GROUP BY cell ORDER BY cell`);
      expect(cells.map((r) => r.cell)).toEqual(['A', 'B', 'C', 'D']);
      expect(differences(d.conn, old, now)).toBe(0);
      expect(queryRows(d.conn, `SELECT count(*) AS n FROM (${now})`)[0]!.n).toBe(3000);
      const types = (q: string) => queryRows(d.conn, `DESCRIBE ${q}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
      expect(types(now)).toEqual(types(old));
    }
    // A check that can fail: without the trend table every future value would be 0 and nobody high on it.
    const trend = valueMatrixFromTablesSql({ trend: '__trend', cuts: '__vcuts' });
    for (const s of trend.cuts) d.conn.query(s);
    expect(queryRows(d.conn, `SELECT count(*) AS n FROM (${trend.sql}) WHERE future_high`)[0]!.n).toBeGreaterThan(100);
  });
});
