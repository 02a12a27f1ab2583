import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { lorenzGini } from '../../../workers/overview/lorenzGini';
import { giniSql } from '../../../src/lib/sql/giniSql';
import { lorenzSql } from '../../../src/lib/sql/lorenzSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('lorenzGini()', () => {
  it('lorenzGini() keeps the first point past each step and computes the Gini by hand', () => {
    // n = 4, total 4; steps of 1/2: i = 2 (0.5, 0.25) and i = n. Gini = (-1 + 1 + 6) / 16.
    expect(lorenzGini([0, 1, 1, 2], 2)).toEqual({
      lorenz: [{ customer_share: 0, revenue_share: 0 }, { customer_share: 0.5, revenue_share: 0.25 }, { customer_share: 1, revenue_share: 1 }],
      gini: 0.375,
    });
  });

  it('lorenzGini() of nothing is the origin, and of all-zero values the diagonal', () => {
    expect(lorenzGini([], 200)).toEqual({ lorenz: [{ customer_share: 0, revenue_share: 0 }], gini: 0 });
    expect(lorenzGini([0, 0], 200).lorenz).toEqual([{ customer_share: 0, revenue_share: 0 }, { customer_share: 0.5, revenue_share: 0.5 }, { customer_share: 1, revenue_share: 1 }]);
    expect(() => lorenzGini([1], 0)).toThrow('invalid points: 0 (expected an integer >= 1)');
  });

  it('lorenzGini() gives the points and Gini of lorenzSql and giniSql', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query(`CREATE TABLE c AS SELECT 'c' || i AS customer_id, (hash(i) % 97)::DOUBLE - 10 AS value FROM range(1000) AS t(i)`);
    const xs = queryRows(conn, 'SELECT greatest(coalesce(value, 0), 0) AS x FROM c ORDER BY x, customer_id').map((r) => Number(r.x));
    const mine = lorenzGini(xs, 50);
    const sql = queryRows(conn, lorenzSql({ source: 'c', points: 50 }));
    expect(mine.lorenz.length).toBe(sql.length);
    mine.lorenz.forEach((p, i) => {
      expect(p.customer_share).toBeCloseTo(Number(sql[i]!.customer_share), 12);
      expect(p.revenue_share).toBeCloseTo(Number(sql[i]!.value_share), 12);
    });
    expect(mine.gini).toBeCloseTo(Number(queryRows(conn, giniSql({ source: 'c' }))[0]!.gini), 12);
  });
});
