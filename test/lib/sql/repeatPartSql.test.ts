import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { repeatPartSql } from '../../../src/lib/sql/repeatPartSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('repeatPartSql', () => {
  it('repeatPartSql() gives one row of counts and integer sums for the customers of its table', async () => {
    expect(repeatPartSql({ table: 'part_v', refDate: '2025-01-16' })).toContain('FROM part_v AS t');
    const { conn } = await openNodeDuckDB();
    createTransactions(conn, [
      { customer_id: 'A', order_id: 'a1', order_date: '2023-06-01', amount: 1 },
      { customer_id: 'A', order_id: 'a2', order_date: '2024-06-01', amount: 1 },
      { customer_id: 'A', order_id: 'a3', order_date: '2024-06-11', amount: 1 },
      { customer_id: 'B', order_id: 'b1', order_date: '2024-01-17', amount: 1 },
      { customer_id: 'C', order_id: 'c1', order_date: '2024-01-16', amount: 1 },
    ], 'part_v');
    // The integer sums are HUGEINT, which the Arrow reader gives as text: read them as BIGINT.
    const part = `SELECT * REPLACE (span_days::BIGINT AS span_days, gaps::BIGINT AS gaps) FROM (${repeatPartSql({ table: 'part_v', refDate: '2025-01-16' })})`;
    expect(queryRows(conn, part)).toEqual([
      { customers: 3, repeat_customers: 1, span_days: 376, gaps: 2, last_year_customers: 2, returned_customers: 1 },
    ]);
  });
});
