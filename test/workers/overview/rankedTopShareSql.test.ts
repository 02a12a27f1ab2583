import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { rankedTopShareSql } from '../../../workers/overview/rankedTopShareSql';
import { topShareSql } from '../../../src/lib/sql/topShareSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('rankedTopShareSql()', () => {
  it('rankedTopShareSql() takes floor(0.2 n) customers by value_rank', () => {
    expect(rankedTopShareSql(`tier IN ('a')`)).toContain(`ORDER BY value_rank
    LIMIT (SELECT floor(0.2 * count(*) + 1e-6)::BIGINT FROM overview_ranked WHERE tier IN ('a'))`);
  });

  it('rankedTopShareSql() gives topShareSql\'s share over the selected rows', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query(`CREATE TABLE c AS SELECT 'c' || lpad(i::VARCHAR, 4, '0') AS customer_id, (hash(i) % 13)::DOUBLE AS value,
      (hash(i, 'r') % 50)::DOUBLE AS revenue, CASE WHEN hash(i, 't') % 3 = 0 THEN 'a' ELSE 'b' END AS tier FROM range(500) AS t(i)`);
    conn.query(`CREATE TABLE overview_ranked AS SELECT *, row_number() OVER (ORDER BY value DESC NULLS LAST, customer_id)::INTEGER AS value_rank FROM c`);
    conn.query(`CREATE TABLE sel AS SELECT * FROM c WHERE tier = 'a'`);
    const want = Number(queryRows(conn, topShareSql({ source: 'sel', shares: [0.2] }))[0]!.revenue_share);
    expect(want).toBeGreaterThan(0);
    expect(Number(queryRows(conn, rankedTopShareSql(`tier IN ('a')`))[0]!.revenue_share)).toBeCloseTo(want, 12);
    // Nobody selected: no share, as topShareSql gives for an empty relation.
    expect(queryRows(conn, rankedTopShareSql(`tier IN ('z')`))[0]!.revenue_share).toBeNull();
  });
});
