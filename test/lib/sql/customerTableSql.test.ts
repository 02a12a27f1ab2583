import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { customerSelectionSql } from '../../../src/lib/sql/customerSelectionSql';
import { customerTableSql } from '../../../src/lib/sql/customerTableSql';
import { rfGridSql } from '../../../src/lib/sql/rfGridSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const ROWS = [
  { customer_id: '007', order_id: '1', order_date: '2024-01-01', amount: 100 },
  { customer_id: '007', order_id: '2', order_date: '2024-06-01', amount: 50 },
  { customer_id: '010', order_id: '3', order_date: '2023-01-01', amount: 20 },
  { customer_id: '002', order_id: '4', order_date: '2024-06-20', amount: 30 },
];

describe('per-customer tables', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE clv AS SELECT * FROM (VALUES ('007', 321.5)) AS t(customer_id, clv)`);
  });

  it('customerTableSql() gives one row per customer with scores, segments, tier, stage and CLV, best first', () => {
    const rows = queryRows(conn, customerTableSql({ clv: { table: 'clv', column: 'clv' } }));
    expect(Object.keys(rows[0])).toEqual([
      'customer_id', 'first_date', 'last_date', 'recency_days', 'frequency', 'monetary', 'revenue', 'r', 'f', 'm',
      'rfm_cell', 'segment_rfm10', 'segment_rf10', 'segment_cn8', 'tier', 'stage', 'clv',
    ]);
    expect(rows.map((r) => [r.customer_id, r.first_date, r.revenue, r.stage, r.clv])).toEqual([
      ['007', '2024-01-01', 150, 'formation', 321.5],
      ['002', '2024-06-20', 30, 'exploration', null],
      ['010', '2023-01-01', 20, 'lost', null],
    ]);
  });

  it('customerSelectionSql() filters the pre-aggregated customer_rfm rows, not transactions', () => {
    conn.query(`CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql()}`);
    conn.query('DELETE FROM transactions'); // a selection must not need them any more
    const sql = customerSelectionSql({ where: { tier: ['小客户', '普通客户'], single_order: [true] }, columns: ['customer_id', 'tier'], orderBy: 'value_rank' });
    expect(sql).toBe(`SELECT customer_id, tier FROM customer_rfm
WHERE tier IN ('小客户', '普通客户')
  AND single_order IN (true)
ORDER BY value_rank`);
    // N = 3: rank 1 (007, two orders) is 普通客户 (floor(0.5 x 3) = 1), ranks 2 and 3 are 小客户.
    expect(queryRows(conn, sql)).toEqual([{ customer_id: '002', tier: '小客户' }, { customer_id: '010', tier: '小客户' }]);
    expect(queryRows(conn, rfGridSql()).reduce((a, g) => a + Number(g.customers), 0)).toBe(3);
    expect(() => customerSelectionSql({ where: { tier: [] } })).toThrow('invalid selection on tier: no values');
  });
});
