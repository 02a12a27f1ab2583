import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { trendRevenueSql } from '../../../src/lib/sql/trendRevenueSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('trendRevenueSql', () => {
  it('trendRevenueSql() sums the last days before ref_date (r1) and the days before those (r0), 0 when none', async () => {
    expect(trendRevenueSql(30)).toBe(`coalesce(sum(amount) FILTER (WHERE order_date >= ref_date - 30), 0) AS r1,
    coalesce(sum(amount) FILTER (WHERE order_date >= ref_date - 2 * 30 AND order_date < ref_date - 30), 0) AS r0`);
    const { conn } = await openNodeDuckDB();
    // ref 2024-03-01: r1 from 2024-01-31 on, r0 from 2024-01-01 to 2024-01-30; 2023-12-31 is in neither.
    const rows = queryRows(conn, `SELECT k, ${trendRevenueSql(30)} FROM (SELECT k, order_date, amount::DOUBLE AS amount FROM (VALUES
      ('a', DATE '2024-02-29', 5.0), ('a', DATE '2024-01-31', 7.0), ('a', DATE '2024-01-30', 11.0),
      ('a', DATE '2024-01-01', 13.0), ('a', DATE '2023-12-31', 17.0), ('b', DATE '2023-12-31', 19.0))
      AS v(k, order_date, amount)) AS o, (SELECT DATE '2024-03-01' AS ref_date) AS r GROUP BY k ORDER BY k`);
    expect(rows).toEqual([{ k: 'a', r1: 12, r0: 24 }, { k: 'b', r1: 0, r0: 0 }]);
    expect(() => trendRevenueSql(0)).toThrow('invalid trendDays: 0 (expected 1..1000000)');
  });
});
