import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { contributionSql } from '../../../src/lib/sql/contributionSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const ROWS = [
  { customer_id: '1', order_id: 'o1', order_date: '2024-01-01', amount: 60, region: 'North', product: 'Tea', margin: 20 },
  { customer_id: '1', order_id: 'o1', order_date: '2024-01-01', amount: 20, region: 'North', product: 'Cup', margin: 5 },
  { customer_id: '2', order_id: 'o2', order_date: '2024-01-02', amount: 15, region: 'South', product: 'Tea', margin: 4 },
  { customer_id: '3', order_id: null, order_date: '2024-01-03', amount: 5, region: null, product: 'Tea', margin: 1 },
];

describe('contributionSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
  });

  it('contributionSql() ranks keys by revenue with shares and the running Pareto share', () => {
    expect(queryRows(conn, contributionSql({ dimension: 'product' }))).toEqual([
      { key: 'Tea', revenue: 80, customers: 3, orders: 3, margin: 25, revenue_share: 0.8, cumulative_share: 0.8, customer_share: 1 },
      { key: 'Cup', revenue: 20, customers: 1, orders: 1, margin: 5, revenue_share: 0.2, cumulative_share: 1, customer_share: 1 / 3 },
    ]);
  });

  it('contributionSql() lists lines without a value last under a NULL key, and nothing for an unmapped column', () => {
    expect(queryRows(conn, contributionSql({ dimension: 'region' })).map((r) => [r.key, r.revenue])).toEqual([
      ['North', 80], ['South', 15], [null, 5],
    ]);
    expect(queryRows(conn, contributionSql({ dimension: 'channel' }))).toEqual([]);
    expect(() => contributionSql({ dimension: 'brand' as 'region' })).toThrow('invalid dimension: brand');
  });
});
