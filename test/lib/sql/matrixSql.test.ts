import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { loyaltyMatrixSql } from '../../../src/lib/sql/loyaltyMatrixSql';
import { splitSql } from '../../../src/lib/sql/splitSql';
import { valueMatrixSql } from '../../../src/lib/sql/valueMatrixSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// ref_date 2024-07-01; trend windows of 180 days: recent from 2024-01-03, prior from 2023-07-07.
const ROWS = [
  { customer_id: 'a', order_id: 'a1', order_date: '2024-05-01', amount: 10 },
  { customer_id: 'b', order_id: 'b1', order_date: '2023-09-01', amount: 20 },
  { customer_id: 'c', order_id: 'c1', order_date: '2023-09-01', amount: 12 },
  { customer_id: 'c', order_id: 'c2', order_date: '2024-03-01', amount: 18 },
  { customer_id: 'd', order_id: 'd1', order_date: '2023-09-01', amount: 25 },
  { customer_id: 'd', order_id: 'd2', order_date: '2024-06-30', amount: 15 },
];

describe('matrices', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE clv AS SELECT * FROM (VALUES ('a', 40), ('b', 10), ('c', 30), ('d', 20)) AS t(customer_id, clv)`);
    conn.query(`CREATE TABLE survey AS SELECT * FROM (VALUES ('a', '9'), ('b', '2'), ('c', '8'), ('d', 'n/a')) AS t(customer_id, nps)`);
  });

  it('valueMatrixSql() splits current x future value at the medians into A, B, C, D', () => {
    // current 10, 20, 30, 40 (median 25); future 40, 10, 30, 20 (median 25); high = above the median.
    const rows = queryRows(conn, `SELECT customer_id, current_value, future_value, cell FROM (${valueMatrixSql({ future: { table: 'clv', column: 'clv' } })}) ORDER BY 1`);
    expect(rows).toEqual([
      { customer_id: 'a', current_value: 10, future_value: 40, cell: 'B' },
      { customer_id: 'b', current_value: 20, future_value: 10, cell: 'D' },
      { customer_id: 'c', current_value: 30, future_value: 30, cell: 'A' },
      { customer_id: 'd', current_value: 40, future_value: 20, cell: 'C' },
    ]);
  });

  it('valueMatrixSql() without a CLV table projects the revenue trend: max(0, 2 x recent - prior)', () => {
    const rows = queryRows(conn, `SELECT customer_id, future_value FROM (${valueMatrixSql()}) ORDER BY 1`);
    // a: 2 x 10 - 0; b: max(0, 0 - 20); c: 2 x 18 - 12; d: 2 x 15 - 25.
    expect(rows.map((r) => r.future_value)).toEqual([20, 0, 24, 5]);
    // split 0.8: only the top value on each axis is high (d now, c in future).
    const top = queryRows(conn, `SELECT customer_id, cell FROM (${valueMatrixSql({ split: 0.8 })}) ORDER BY 1`);
    expect(top.map((r) => r.cell)).toEqual(['D', 'D', 'B', 'C']);
    expect(() => valueMatrixSql({ split: 1 })).toThrow('invalid split: 1 (expected 0 < split < 1)');
  });

  it('loyaltyMatrixSql() crosses orders with the attitude column, leaving out unknown attitudes', () => {
    // behaviour (orders) 1, 1, 2 -> median 1: c high; attitude 9, 2, 8 -> median 8: a high. d's
    // 'n/a' is no attitude, so d is not placed.
    const rows = queryRows(conn, `SELECT customer_id, cell FROM (${loyaltyMatrixSql({ attitude: { table: 'survey', column: 'nps' } })}) ORDER BY 1`);
    expect(rows).toEqual([
      { customer_id: 'a', cell: '潜在忠诚' }, { customer_id: 'b', cell: '非忠诚' }, { customer_id: 'c', cell: '惯性忠诚' },
    ]);
  });

  it('splitSql() counts a value equal to the cut as low', () => {
    expect(splitSql('x', 0.5)).toBe('x > quantile_cont(x, 0.5) OVER ()');
    expect(queryRows(conn, `SELECT ${splitSql('x', 0.5)} AS h FROM (VALUES (1), (2), (3)) t(x) ORDER BY x`).map((r) => r.h)).toEqual([false, false, true]);
  });
});
