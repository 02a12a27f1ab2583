import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { matrixTrendSql } from '../../../src/lib/sql/matrixTrendSql';
import { matrixTrendTableSql } from '../../../src/lib/sql/matrixTrendTableSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('matrixTrendTableSql', () => {
  it('matrixTrendTableSql() builds in one statement, or one customer slice at a time with a CHECKPOINT after each', () => {
    const one = matrixTrendTableSql('__trend', {}, 1);
    expect(one.build).toEqual([`CREATE OR REPLACE TABLE __trend AS ${matrixTrendSql()}`]);
    expect(one.drop).toEqual(['DROP VIEW IF EXISTS __matrix_part', 'DROP TABLE IF EXISTS __trend']);
    const sliced = matrixTrendTableSql('__trend', { refDate: '2025-01-01' }, 2);
    expect(sliced.build).toEqual([
      'CREATE OR REPLACE TEMP VIEW __matrix_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 0',
      `CREATE OR REPLACE TABLE __trend AS ${matrixTrendSql({ refDate: '2025-01-01', table: '__matrix_part' })}`,
      'CHECKPOINT',
      'CREATE OR REPLACE TEMP VIEW __matrix_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 1',
      `INSERT INTO __trend ${matrixTrendSql({ refDate: '2025-01-01', table: '__matrix_part' })}`,
      'CHECKPOINT',
      'DROP VIEW __matrix_part',
    ]);
    expect(() => matrixTrendTableSql('__trend', {}, 2)).toThrow('invalid parts: 2 (a refDate is needed to build in parts)');
    expect(() => matrixTrendTableSql('__trend', { refDate: '2025-01-01' }, 0)).toThrow('invalid parts: 0 (expected a whole number >= 1)');
  });

  it('matrixTrendTableSql() in 3 slices holds the same rows as matrixTrendSql() in one statement', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 3000, 41);
    const whole = queryRows(d.conn, `SELECT count(*) AS n FROM (${matrixTrendSql()})`)[0]!.n;
    expect(whole).toBeGreaterThan(300);
    const sql = matrixTrendTableSql('__trend', { refDate }, 3);
    for (const s of sql.build) d.conn.query(s);
    expect(queryRows(d.conn, 'SELECT count(*) AS n FROM __trend')[0]!.n).toBe(whole);
    // Same customers; sums to 1e-9 (the order of addition may differ between the builds).
    const diff = `SELECT count(*) AS n FROM (${matrixTrendSql()}) AS a FULL JOIN __trend AS b USING (customer_id)
      WHERE a.customer_id IS NULL OR b.customer_id IS NULL
        OR abs(a.r1 - b.r1) > 1e-9 * greatest(abs(a.r1), 1) OR abs(a.r0 - b.r0) > 1e-9 * greatest(abs(a.r0), 1)`;
    expect(queryRows(d.conn, diff)[0]!.n).toBe(0);
    expect(queryRows(d.conn, 'SELECT count(*) AS n FROM __trend WHERE r1 <> 0 AND r0 <> 0')[0]!.n).toBeGreaterThan(10);
    for (const s of sql.drop) d.conn.query(s);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__trend%'")[0]!.n).toBe(0);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_views() WHERE view_name = '__matrix_part'")[0]!.n).toBe(0);
  });
});
