import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { overviewSliceViewSql } from '../../../workers/overview/overviewSliceViewSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('overviewSliceViewSql', () => {
  it('overviewSliceViewSql() puts each customer with all its orders in exactly one slice', async () => {
    const { conn } = await openNodeDuckDB();
    const rows = Array.from({ length: 40 }, (_, i) => ({ customer_id: `c${i % 13}`, order_id: `o${i}`, order_date: '2024-01-01', amount: i }));
    createTransactions(conn, rows, 'tx');
    expect(overviewSliceViewSql('my tx', 1, 3)).toBe(`CREATE OR REPLACE TEMP VIEW ${overviewSliceViewSql.VIEW} AS SELECT * FROM "my tx" WHERE hash(customer_id) % 3 = 1`);
    const seen: string[] = [];
    let orders = 0;
    for (let k = 0; k < 3; k++) {
      conn.query(overviewSliceViewSql('tx', k, 3));
      const part = queryRows(conn, `SELECT customer_id, count(*) AS n FROM ${overviewSliceViewSql.VIEW} GROUP BY 1`);
      seen.push(...part.map((r) => String(r.customer_id)));
      orders += part.reduce((s, r) => s + Number(r.n), 0);
    }
    expect(seen.sort()).toEqual(Array.from({ length: 13 }, (_, i) => `c${i}`).sort());
    expect(orders).toBe(40);
  });
});
