import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerMatrixSql } from '../../../src/lib/sql/customerMatrixSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('customerMatrixSql()', () => {
  it('customerMatrixSql() keeps the value quadrants, and the loyalty ones when given', async () => {
    const value = `SELECT * FROM (VALUES ('a', 'A'), ('b', 'D')) AS t(customer_id, cell)`;
    const loyalty = `SELECT * FROM (VALUES ('a', '非忠诚')) AS t(customer_id, cell)`;
    expect(customerMatrixSql(value, null)).toBe(`CREATE OR REPLACE TABLE customer_matrix AS
SELECT customer_id, 'value' AS matrix, cell FROM (${value}) AS v`);
    const { conn } = await openNodeDuckDB();
    conn.query(customerMatrixSql(value, loyalty));
    expect(queryRows(conn, 'SELECT * FROM customer_matrix ORDER BY matrix, customer_id')).toEqual([
      { customer_id: 'a', matrix: 'loyalty', cell: '非忠诚' },
      { customer_id: 'a', matrix: 'value', cell: 'A' },
      { customer_id: 'b', matrix: 'value', cell: 'D' },
    ]);
  });
});
