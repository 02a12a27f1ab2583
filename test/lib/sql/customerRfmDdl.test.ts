import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerRfmDdl } from '../../../src/lib/sql/customerRfmDdl';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import type { CustomerRfmOptions } from '../../../src/lib/sql/CustomerRfmOptions';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

type Db = Awaited<ReturnType<typeof openNodeDuckDB>>;

const VARIANTS: [string, CustomerRfmOptions][] = [
  ['the defaults', {}],
  ['10 bins, mean M, NTILE scores, margin as value, scores compared for map C', { bins: 10, monetary: 'mean', binning: 'rank', value: 'margin', cn8Compare: 'scores' }],
  ['value from another table', { value: { table: 'customer_value', column: 'v' } }],
];

describe('customerRfmDdl()', () => {
  let d: Db;
  beforeAll(async () => {
    d = await openNodeDuckDB();
    loadGenerated(d, 300, 7);
    d.conn.query("CREATE TABLE customer_value AS SELECT DISTINCT customer_id, length(customer_id) * 1.5 AS v FROM transactions WHERE customer_id LIKE '%1%'");
  });

  it('customerRfmDdl() makes the derived columns VIRTUAL and stores the rest', () => {
    const sql = customerRfmDdl();
    expect(sql.startsWith('CREATE OR REPLACE TABLE customer_rfm (\n  customer_id VARCHAR,\n')).toBe(true);
    expect(sql).toContain("recency_days INTEGER GENERATED ALWAYS AS (date_diff('day', last_date, ref_date)::INTEGER) VIRTUAL");
    expect(sql).toContain('monetary DOUBLE GENERATED ALWAYS AS (revenue) VIRTUAL');
    expect(sql).toContain('rfm_cell INTEGER GENERATED ALWAYS AS (100 * r + 10 * f + m) VIRTUAL');
    expect(sql).toContain('value DOUBLE GENERATED ALWAYS AS (revenue::DOUBLE) VIRTUAL');
    expect(sql).toMatch(/\n {2}rf VARCHAR,\n/);
    expect(customerRfmDdl({ bins: 10, monetary: 'mean' })).toContain('monetary DOUBLE GENERATED ALWAYS AS (revenue / frequency) VIRTUAL');
    expect(Object.keys(customerRfmDdl.computed({ value: { table: 't', column: 'c' } }))).not.toContain('value');
  });

  it('customerRfmDdl.insertSql() leaves the computed columns out of the insert, by name', () => {
    expect(customerRfmDdl.insertSql('SELECT 1', {}, 'x')).toBe(
      'INSERT INTO x BY NAME SELECT * EXCLUDE (recency_days, monetary, rfm_cell, m_nonpositive, single_order, value) FROM (SELECT 1)');
    expect(Object.keys(customerRfmDdl.computed()).every((c) => customerRfmDdl.computable().includes(c))).toBe(true);
  });

  for (const [what, opts] of VARIANTS) {
    it(`customerRfmDdl() filled by insertSql() reads back as customerRfmSql(): same columns, types and rows (${what})`, () => {
      d.conn.query(customerRfmDdl(opts, 'built'));
      d.conn.query(customerRfmDdl.insertSql(customerRfmSql(opts), opts, 'built'));
      const describe = (from: string) => queryRows(d.conn, `DESCRIBE ${from}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
      expect(describe('built')).toEqual(describe(customerRfmSql(opts)));
      const count = (sql: string) => Number(queryRows(d.conn, sql)[0]!.n);
      const n = count('SELECT count(*) AS n FROM built');
      expect(n).toBeGreaterThan(250);
      // Every row and every value the same, the computed ones included (EXCEPT ALL keeps repeats).
      expect(count(`SELECT count(*) AS n FROM (SELECT * FROM built EXCEPT ALL SELECT * FROM (${customerRfmSql(opts)}))`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM (SELECT * FROM (${customerRfmSql(opts)}) EXCEPT ALL SELECT * FROM built)`)).toBe(0);
    });
  }

  it('customerRfmDdl() columns cannot be written where computed: an UPDATE of one is refused', () => {
    d.conn.query(customerRfmDdl({}, 'built'));
    expect(() => d.conn.query('UPDATE built SET monetary = 1')).toThrow(/generated column/i);
  });
});
