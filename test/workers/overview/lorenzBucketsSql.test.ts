import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { lorenzBucketsSql } from '../../../workers/overview/lorenzBucketsSql';
import { lorenzFromBuckets } from '../../../workers/overview/lorenzFromBuckets';
import { lorenzGini } from '../../../workers/overview/lorenzGini';
import { valueRankSql } from '../../../src/lib/sql/valueRankSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('lorenzBucketsSql()', () => {
  it('lorenzBucketsSql() groups by the chart step of the ascending place, read from value_rank', () => {
    const sql = lorenzBucketsSql('customer_rfm', 200);
    expect(sql).toContain('SELECT n + 1 - value_rank AS i, n, greatest(coalesce(value, 0), 0)::DOUBLE AS x\n  FROM customer_rfm CROSS JOIN __lorenz_n');
    expect(sql).toContain('SELECT (i * 200) // n AS b');
    expect(sql).not.toContain('ORDER BY x');
    expect(() => lorenzBucketsSql('customer_rfm', 0)).toThrow('invalid points: 0 (expected an integer >= 1)');
    expect(() => lorenzBucketsSql('customer_rfm', 2.5)).toThrow('invalid points: 2.5');
  });

  it('lorenzBucketsSql() gives the points and Gini of lorenzGini over the sorted values, NULL and negative values included', async () => {
    const { conn } = await openNodeDuckDB();
    for (const [n, points] of [[1000, 50], [1000, 200], [37, 200], [1, 200], [2, 1]] as const) {
      // Values with ties, negatives and NULLs, ranked as the pyramid ranks them.
      conn.query(`CREATE OR REPLACE TABLE c AS SELECT *, ${valueRankSql('value', 'customer_id')} AS value_rank
FROM (SELECT 'c' || i AS customer_id, CASE WHEN i % 13 = 0 THEN NULL ELSE (hash(i) % 97)::DOUBLE - 10 END AS value FROM range(${n}) AS t(i))`);
      const xs = queryRows(conn, 'SELECT greatest(coalesce(value, 0), 0) AS x FROM c ORDER BY x, customer_id').map((r) => Number(r.x));
      const want = lorenzGini(xs, points);
      const rows = queryRows(conn, lorenzBucketsSql('c', points));
      const got = lorenzFromBuckets(rows.map((r) => ({ b: Number(r.b), i0: Number(r.i0), x0: Number(r.x0), s: Number(r.s), w: Number(r.w) })), n);
      expect(got.lorenz.length, `n ${n}, points ${points}`).toBe(want.lorenz.length);
      got.lorenz.forEach((p, i) => {
        expect(p.customer_share).toBe(want.lorenz[i]!.customer_share);
        expect(p.revenue_share).toBeCloseTo(want.lorenz[i]!.revenue_share, 12);
      });
      expect(got.gini).toBeCloseTo(want.gini, 12);
    }
  });

  it('lorenzBucketsSql() of no customers gives no steps, and lorenzFromBuckets() the origin', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query('CREATE TABLE c (customer_id VARCHAR, value DOUBLE, value_rank INTEGER)');
    expect(queryRows(conn, lorenzBucketsSql('c', 200))).toEqual([]);
    expect(lorenzFromBuckets([], 0)).toEqual({ lorenz: [{ customer_share: 0, revenue_share: 0 }], gini: 0 });
  });
});
