import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { contributionPartSql } from '../../../src/lib/sql/contributionPartSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('contributionPartSql', () => {
  it('contributionPartSql() checks its slice and dimension and filters on the customer or the order id', () => {
    expect(contributionPartSql({ dimension: 'region', by: 'customer', k: 1, of: 3 })).toContain('WHERE hash(customer_id) % 3 = 1');
    expect(contributionPartSql({ dimension: 'region', by: 'order', k: 0, of: 3 })).toContain('WHERE order_id IS NOT NULL AND hash(order_id) % 3 = 0');
    expect(() => contributionPartSql({ dimension: 'region', by: 'order', k: 3, of: 3 })).toThrow('invalid k: 3 (expected 0..2)');
    expect(() => contributionPartSql({ dimension: 'region', by: 'order', k: 0, of: 1.5 })).toThrow('invalid slice: 0 of 1.5');
    expect(() => contributionPartSql({ dimension: 'city' as 'region', by: 'order', k: 0, of: 1 })).toThrow('invalid dimension: city');
  });

  it('contributionPartSql() in one slice gives per-value sums, distinct customers, order-less lines, and the total row', async () => {
    const { conn } = await openNodeDuckDB();
    createTransactions(conn, [
      { customer_id: 'a', order_id: '1', order_date: '2024-01-01', amount: 10, region: 'N' },
      { customer_id: 'a', order_id: '1', order_date: '2024-01-01', amount: 5, region: 'N' },
      { customer_id: 'b', order_id: null, order_date: '2024-01-02', amount: 7, region: 'N' },
      { customer_id: 'b', order_id: '2', order_date: '2024-01-03', amount: 1, region: null },
    ]);
    const q = (by: 'customer' | 'order') => queryRows(conn, `SELECT * FROM (${contributionPartSql({ dimension: 'region', by, k: 0, of: 1 })}) ORDER BY kind, key NULLS LAST`);
    expect(q('customer')).toEqual([
      { kind: 'g', key: 'N', revenue: 22, customers: 2, orders: 1, margin: null, keyed: 3 },
      { kind: 'g', key: null, revenue: 1, customers: 1, orders: 0, margin: null, keyed: 0 },
      { kind: 't', key: null, revenue: 23, customers: 2, orders: 0, margin: null, keyed: 3 },
    ]);
    expect(q('order')).toEqual([
      { kind: 'o', key: 'N', revenue: null, customers: 0, orders: 1, margin: null, keyed: 0 },
      { kind: 'o', key: null, revenue: null, customers: 0, orders: 1, margin: null, keyed: 0 },
    ]);
  });
});
