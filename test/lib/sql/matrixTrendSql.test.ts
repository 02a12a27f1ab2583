import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { matrixTrendSql } from '../../../src/lib/sql/matrixTrendSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

// ref_date 2024-07-01 (the day after the last order); 180-day windows: r1 from 2024-01-03, r0 from 2023-07-07.
const ROWS = [
  { customer_id: 'a', order_id: 'a1', order_date: '2024-05-01', amount: 10 },
  { customer_id: 'a', order_id: 'a1', order_date: '2024-05-02', amount: 1 },
  // One order whose first line is before the prior window: the order dates from that line, so it is in neither.
  { customer_id: 'b', order_id: 'b1', order_date: '2023-07-01', amount: 20 },
  { customer_id: 'b', order_id: 'b1', order_date: '2023-08-01', amount: 3 },
  { customer_id: 'c', order_id: 'c1', order_date: '2023-09-01', amount: 12 },
  { customer_id: 'c', order_id: 'c2', order_date: '2024-03-01', amount: 18 },
  { customer_id: 'c', order_id: 'c3', order_date: '2024-03-02', amount: -4 },
  // Lines without an order id: each is an order of its own.
  { customer_id: 'd', order_id: null, order_date: '2023-09-01', amount: 25 },
  { customer_id: 'd', order_id: null, order_date: '2024-06-30', amount: 15 },
  { customer_id: 'e', order_id: 'e1', order_date: '2022-01-01', amount: 99 },
];

describe('matrixTrendSql', () => {
  it('matrixTrendSql() reads the orders once per customer with an order in the two trend windows', () => {
    const sql = matrixTrendSql({ refDate: '2024-07-01', trendDays: 90 });
    expect(sql).toMatch(/^SELECT customer_id,\n {4}coalesce\(sum\(amount\) FILTER \(WHERE order_date >= ref_date - 90\), 0\) AS r1,/);
    expect(sql).toContain("DATE '2024-07-01'");
    expect(sql).toMatch(/\) AS o\nWHERE order_date >= ref_date - 2 \* 90\nGROUP BY customer_id$/);
    expect(() => matrixTrendSql({ trendDays: 0 })).toThrow('invalid trendDays: 0 (expected 1..1000000)');
  });

  it('matrixTrendSql() gives each recent customer r1 and r0 of whole orders dated by their first line', async () => {
    const { conn } = await openNodeDuckDB();
    createTransactions(conn, ROWS);
    const rows = queryRows(conn, `SELECT * FROM (${matrixTrendSql()}) ORDER BY customer_id`);
    expect(rows).toEqual([
      { customer_id: 'a', r1: 11, r0: 0 },
      { customer_id: 'c', r1: 14, r0: 12 },
      { customer_id: 'd', r1: 15, r0: 25 },
    ]);
    const short = queryRows(conn, `SELECT * FROM (${matrixTrendSql({ trendDays: 30 })}) ORDER BY customer_id`);
    expect(short).toEqual([{ customer_id: 'd', r1: 15, r0: 0 }]);
  });
});
