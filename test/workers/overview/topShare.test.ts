import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { topShare } from '../../../workers/overview/topShare';
import { topShareSql } from '../../../src/lib/sql/topShareSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('topShare()', () => {
  it('topShare() sums the revenue of the floor(0.2 n) best ranks, in any order', () => {
    // n = 10 -> ranks 1 and 2 (revenue 5 + 1) of 30.
    const ranks = [7, 2, 9, 4, 1, 10, 3, 8, 6, 5];
    const revenue = [3, 1, 3, 3, 5, 3, 3, 3, 3, 3];
    expect(topShare(ranks, revenue)).toBeCloseTo(6 / 30, 15);
    expect(topShare(ranks, revenue, 0.5)).toBeCloseTo((5 + 1 + 3 + 3 + 3) / 30, 15);
  });

  it('topShare() is 0 for nobody, for fewer than 5 customers and for no revenue', () => {
    expect(topShare([], [])).toBe(0);
    expect(topShare([1, 2, 3, 4], [1, 1, 1, 1])).toBe(0);
    expect(topShare([1, 2, 3, 4, 5], [0, 0, 0, 0, 0])).toBe(0);
    expect(() => topShare([1], [])).toThrow('invalid columns: 1 ranks, 0 revenues (expected the same count)');
  });

  it('topShare() gives topShareSql\'s share', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query(`CREATE TABLE c AS SELECT 'c' || lpad(i::VARCHAR, 4, '0') AS customer_id, (hash(i) % 13)::DOUBLE - 2 AS value,
      (hash(i, 'r') % 50)::DOUBLE - 5 AS revenue FROM range(777) AS t(i)`);
    const want = Number(queryRows(conn, topShareSql({ source: 'c', shares: [0.2] }))[0]!.revenue_share);
    const rows = queryRows(conn, 'SELECT row_number() OVER (ORDER BY value DESC NULLS LAST, customer_id) AS r, revenue FROM c ORDER BY customer_id DESC');
    expect(want).not.toBe(0);
    expect(topShare(rows.map((r) => Number(r.r)), rows.map((r) => Number(r.revenue)))).toBeCloseTo(want, 12);
  });
});
