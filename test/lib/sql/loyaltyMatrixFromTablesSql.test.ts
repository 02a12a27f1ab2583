import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { loyaltyMatrixFromTablesSql } from '../../../src/lib/sql/loyaltyMatrixFromTablesSql';
import { loyaltyMatrixSql } from '../../../src/lib/sql/loyaltyMatrixSql';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('loyaltyMatrixFromTablesSql', () => {
  it('loyaltyMatrixFromTablesSql() reads orders per customer from customer_rfm and leaves out unknown attitudes', () => {
    const { sql, cuts } = loyaltyMatrixFromTablesSql({ attitude: { table: 'survey', column: 'NPS', id: 'cid' }, split: 0.8, cuts: '__lcuts' });
    expect(sql).toContain(`  SELECT b.customer_id, b.frequency::DOUBLE AS behaviour, TRY_CAST(att."NPS" AS DOUBLE) AS attitude
  FROM customer_rfm AS b
  JOIN survey AS att ON att.cid::VARCHAR = b.customer_id
  WHERE TRY_CAST(att."NPS" AS DOUBLE) IS NOT NULL`);
    expect(cuts[0]).toContain('quantile_cont(behaviour, 0.8) AS x_cut');
    expect(cuts[1]).toContain('UPDATE __lcuts SET y_cut = (SELECT quantile_cont(attitude, 0.8)');
    expect(sql).toContain('FROM v CROSS JOIN __lcuts AS k');
    expect(sql).toContain("THEN '绝对忠诚' WHEN behaviour_high THEN '惯性忠诚'\n  WHEN attitude_high THEN '潜在忠诚' ELSE '非忠诚'");
    expect(() => loyaltyMatrixFromTablesSql({ attitude: { table: 's', column: 'c' }, split: 2, cuts: 'k' })).toThrow('invalid split: 2 (expected 0 < split < 1)');
  });

  it('loyaltyMatrixFromTablesSql() gives loyaltyMatrixSql()\'s rows, columns and types', async () => {
    const d = await openNodeDuckDB();
    loadGenerated(d, 3000, 47);
    d.conn.query(`CREATE TABLE customer_rfm AS ${customerRfmSql()}`);
    // Text answers 0..10, some not a number (left out), some customers not asked.
    d.conn.query(`CREATE TABLE survey AS SELECT customer_id,
      CASE WHEN hash(customer_id) % 9 = 0 THEN 'n/a' ELSE (hash(customer_id) % 11)::VARCHAR END AS nps
      FROM customer_rfm WHERE hash(customer_id) % 5 <> 0`);
    const attitude = { table: 'survey', column: 'nps' };
    for (const split of [0.5, 0.8]) {
      const old = loyaltyMatrixSql({ attitude, split });
      const m = loyaltyMatrixFromTablesSql({ attitude, split, cuts: '__lcuts' });
      for (const s of m.cuts) d.conn.query(s);
      const now = m.sql;
      const cells = queryRows(d.conn, `SELECT cell, count(*) AS n FROM (${old}) GROUP BY cell ORDER BY cell`);
      expect(cells).toHaveLength(4);
      const rows = (q: string) => queryRows(d.conn, `SELECT * FROM (${q}) ORDER BY customer_id`);
      const got = rows(now);
      expect(got.length).toBeGreaterThan(1500);
      expect(got).toEqual(rows(old));
      const types = (q: string) => queryRows(d.conn, `DESCRIBE ${q}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
      expect(types(now)).toEqual(types(old));
    }
  });
});
