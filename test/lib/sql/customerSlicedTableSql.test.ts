import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerSlicedTableSql } from '../../../src/lib/sql/customerSlicedTableSql';
import { matrixTrendSql } from '../../../src/lib/sql/matrixTrendSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

const perCustomer = (from: string) => `SELECT customer_id, count(*) AS n FROM ${from} GROUP BY customer_id`;

describe('customerSlicedTableSql', () => {
  it('customerSlicedTableSql() builds in one statement, or one customer slice at a time with a CHECKPOINT after each', () => {
    const one = customerSlicedTableSql('__t', perCustomer, 1);
    expect(one.build).toEqual(['CREATE OR REPLACE TABLE __t AS SELECT customer_id, count(*) AS n FROM transactions GROUP BY customer_id']);
    expect(one.drop).toEqual(['DROP VIEW IF EXISTS __t_part', 'DROP TABLE IF EXISTS __t']);
    expect(customerSlicedTableSql('__t', perCustomer, 2, 'tx').build).toEqual([
      'CREATE OR REPLACE TEMP VIEW __t_part AS SELECT * FROM tx WHERE hash(customer_id) % 2 = 0',
      'CREATE OR REPLACE TABLE __t AS SELECT customer_id, count(*) AS n FROM __t_part GROUP BY customer_id',
      'CHECKPOINT',
      'CREATE OR REPLACE TEMP VIEW __t_part AS SELECT * FROM tx WHERE hash(customer_id) % 2 = 1',
      'INSERT INTO __t SELECT customer_id, count(*) AS n FROM __t_part GROUP BY customer_id',
      'CHECKPOINT',
      'DROP VIEW __t_part',
    ]);
    expect(() => customerSlicedTableSql('__t', perCustomer, 0)).toThrow('invalid parts: 0 (expected a whole number >= 1)');
  });

  it('customerSlicedTableSql() in 3 slices holds the same rows as one statement (matrixTrendSql\'s)', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 3000, 41);
    const whole = queryRows(d.conn, `SELECT count(*) AS n FROM (${matrixTrendSql()})`)[0]!.n;
    expect(whole).toBeGreaterThan(300);
    const sql = customerSlicedTableSql('__trend', (from) => matrixTrendSql({ refDate, table: from }), 3);
    expect(sql.build.filter((s) => s === 'CHECKPOINT')).toHaveLength(3);
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
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_views() WHERE view_name LIKE '__trend%'")[0]!.n).toBe(0);
  });
});
