import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { dataPartsSql } from '../../../src/lib/sql/dataPartsSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('dataPartsSql', () => {
  it('dataPartsSql() counts every row and gives the day after the last order as text', async () => {
    expect(dataPartsSql()).toBe('SELECT count(*) AS n, ((SELECT max(order_date) + 1 FROM transactions))::VARCHAR AS d FROM transactions');
    const { conn } = await openNodeDuckDB();
    createTransactions(conn, [{ customer_id: 'a', order_date: '2024-02-28' }, { customer_id: null, order_date: '2024-02-29' }, { customer_id: 'b' }]);
    expect(queryRows(conn, dataPartsSql())).toEqual([{ n: 3, d: '2024-03-01' }]);
  });
});
