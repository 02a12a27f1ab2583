import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { rankedTopShareSql } from '../../../workers/overview/rankedTopShareSql';
import { topShareSql } from '../../../src/lib/sql/topShareSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('rankedTopShareSql()', () => {
  it('rankedTopShareSql() takes floor(0.2 n) customers by value_rank', () => {
    expect(rankedTopShareSql(`tier IN ('a')`, 12)).toContain(`ORDER BY value_rank LIMIT 2`);
    expect(() => rankedTopShareSql('true', -1)).toThrow('invalid customer count: -1 (expected an integer >= 0)');
  });

  it('rankedTopShareSql() gives topShareSql\'s share over the selected rows', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query(`CREATE TABLE c AS SELECT 'c' || lpad(i::VARCHAR, 4, '0') AS customer_id, (hash(i) % 13)::DOUBLE AS value,
      (hash(i, 'r') % 50)::DOUBLE AS revenue, CASE WHEN hash(i, 't') % 3 = 0 THEN 'a' ELSE 'b' END AS tier FROM range(500) AS t(i)`);
    conn.query(`CREATE TABLE overview_ranked AS SELECT *, row_number() OVER (ORDER BY value DESC NULLS LAST, customer_id)::INTEGER AS value_rank FROM c`);
    conn.query(`CREATE TABLE sel AS SELECT * FROM c WHERE tier = 'a'`);
    const n = Number(queryRows(conn, 'SELECT count(*) AS n FROM sel')[0]!.n);
    const want = Number(queryRows(conn, topShareSql({ source: 'sel', shares: [0.2] }))[0]!.revenue_share);
    expect(Number(queryRows(conn, rankedTopShareSql(`tier IN ('a')`, n))[0]!.revenue_share)).toBeCloseTo(want, 12);
  });
});
