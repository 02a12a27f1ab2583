import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { ordersSql } from '../../../src/lib/sql/ordersSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('ordersSql', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, [
      { customer_id: 'a', order_id: 'o1', order_date: '2024-01-02', amount: 10, cost: 4 },
      { customer_id: 'a', order_id: 'o1', order_date: '2024-01-01', amount: -3, margin: 1 },
      // No order id: each line an order of its own, even on the same day.
      { customer_id: 'b', order_date: '2024-01-05', amount: 7 },
      { customer_id: 'b', order_date: '2024-01-05', amount: 7 },
      // After the reference date, or without a customer: no order.
      { customer_id: 'a', order_id: 'o2', order_date: '2024-03-01', amount: 5 },
      { order_id: 'o3', order_date: '2024-01-05', amount: 5 },
    ]);
    createTransactions(conn, [
      { customer_id: 'a', order_id: 'o1', order_date: '2024-01-02', amount: 10, cost: 4 },
      { customer_id: 'b', order_date: '2024-01-05', amount: 7 },
      { customer_id: 'b', order_date: '2024-01-05', amount: 7.5, margin: 2 },
    ], 'single');
  });
  const rows = (sql: string) => queryRows(conn, `SELECT customer_id, order_id, order_date::VARCHAR AS d, amount, margin, lines FROM (${sql}) ORDER BY customer_id, amount`);

  it('ordersSql() groups the lines of an order: first date, net amount, margin, line count', () => {
    expect(rows(ordersSql({ refDate: '2024-02-01' }))).toEqual([
      { customer_id: 'a', order_id: 'o1', d: '2024-01-01', amount: 7, margin: 7, lines: 2 },
      { customer_id: 'b', order_id: null, d: '2024-01-05', amount: 7, margin: null, lines: 1 },
      { customer_id: 'b', order_id: null, d: '2024-01-05', amount: 7, margin: null, lines: 1 },
    ]);
  });

  it('ordersSql({ linesAreOrders }) reads each line as its order, the same rows as grouping them', () => {
    const sql = ordersSql({ table: 'single', linesAreOrders: true });
    expect(sql).not.toContain('GROUP BY');
    expect(rows(sql)).toEqual(rows(ordersSql({ table: 'single' })));
    expect(rows(sql)).toEqual([
      { customer_id: 'a', order_id: 'o1', d: '2024-01-02', amount: 10, margin: 6, lines: 1 },
      { customer_id: 'b', order_id: null, d: '2024-01-05', amount: 7, margin: null, lines: 1 },
      { customer_id: 'b', order_id: null, d: '2024-01-05', amount: 7.5, margin: 2, lines: 1 },
    ]);
    const types = (s: string) => queryRows(conn, `SELECT column_name AS c, column_type AS t FROM (DESCRIBE ${s})`);
    expect(types(sql)).toEqual(types(ordersSql({ table: 'single' })));
  });
});
