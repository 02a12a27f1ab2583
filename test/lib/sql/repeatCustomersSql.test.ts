import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { repeatCustomersSql } from '../../../src/lib/sql/repeatCustomersSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('repeatCustomersSql', () => {
  it('repeatCustomersSql() counts orders, the span and which of the two years before ref_date a customer bought in', async () => {
    expect(repeatCustomersSql({ yearDays: 30 })).toContain('ref_date - 2 * 30');
    expect(() => repeatCustomersSql({ yearDays: 0 })).toThrow('invalid yearDays: 0 (expected 1..100000)');
    const { conn } = await openNodeDuckDB();
    // ref 2025-01-16: this year is [2024-01-17, 2025-01-16), last year [2023-01-17, 2024-01-17).
    createTransactions(conn, [
      { customer_id: 'A', order_id: 'a1', order_date: '2023-06-01', amount: 1 },
      { customer_id: 'A', order_id: 'a1', order_date: '2023-06-05', amount: 1 }, // same order: one
      { customer_id: 'A', order_id: 'a2', order_date: '2024-06-01', amount: 1 },
      { customer_id: 'B', order_id: 'b1', order_date: '2024-01-17', amount: 1 },
      { customer_id: 'C', order_id: 'c1', order_date: '2024-01-16', amount: 1 },
    ]);
    expect(queryRows(conn, `${repeatCustomersSql({ refDate: '2025-01-16' })} ORDER BY customer_id`)).toEqual([
      { customer_id: 'A', orders: 2, span: 366, this_year: true, last_year: true },
      { customer_id: 'B', orders: 1, span: 0, this_year: true, last_year: false },
      { customer_id: 'C', orders: 1, span: 0, this_year: false, last_year: true },
    ]);
  });
});
