import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { importSummarySql } from '../../../workers/import/importSummarySql';
import { summarySlices } from '../../../workers/import/summarySlices';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

describe('importSummarySql', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    const rows = Array.from({ length: 400 }, (_, i) => ({
      line: i + 2, customer_id: `C${i % 37}`, order_id: i % 5 === 0 ? null : `O${i % 150}`, order_date: `2024-0${1 + (i % 9)}-1${i % 10}`, amount: (i % 13) - 2.5,
    }));
    createTransactions(conn, rows, 'tx');
  });

  it('importSummarySql(table) counts customers, orders (a row without order id is one) and totals', () => {
    // Order ids O(i % 150) on rows i not a multiple of 5: the 120 values of i % 150 not a multiple
    // of 5 (150 is one), plus 80 rows without an id. Amounts: 30 x (0 + ... + 12) + (0 + ... + 9) - 400 x 2.5.
    expect(queryRows(conn, importSummarySql('tx'))).toEqual([{ customers: 37, orders: 120 + 80, total_amount: 1385, first_date: '2024-01-10', last_date: '2024-09-19' }]);
  });

  it('importSummarySql(table, slice) counts add up over the slices to the whole counts', () => {
    const whole = queryRows(conn, importSummarySql('tx'))[0];
    for (const of of [2, 3, 7]) {
      const parts = Array.from({ length: of }, (_, k) => queryRows(conn, importSummarySql('tx', { k, of }))[0]);
      expect(parts.reduce((a, p) => a + Number(p.customers), 0), `${of} slices`).toBe(whole.customers);
      expect(parts.reduce((a, p) => a + Number(p.orders), 0), `${of} slices`).toBe(whole.orders);
      expect(parts.every((p) => Number(p.customers) < Number(whole.customers))).toBe(true);
      expect(parts.map((p) => p.total_amount)).toEqual(Array(of).fill(whole.total_amount));
    }
    expect(importSummarySql('tx', { k: 1, of: 3 })).toContain("FILTER (WHERE hash(coalesce(order_id, '#' || line::VARCHAR)) % 3 = 1) AS orders");
  });

  it('importSummarySql.customers() gives the summary\'s customers alone, whole, per slice and of the rows `where` keeps', () => {
    expect(queryRows(conn, importSummarySql.customers('tx'))).toEqual([{ customers: 37 }]);
    const parts = Array.from({ length: 3 }, (_, k) => Number(queryRows(conn, importSummarySql.customers('tx', { k, of: 3 }))[0].customers));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(37);
    expect(parts.every((n) => n < 37)).toBe(true);
    // Lines 2..11 are rows 0..9: customers C0..C9.
    expect(queryRows(conn, importSummarySql.customers('tx', undefined, 'line <= 11'))).toEqual([{ customers: 10 }]);
  });

  it('summarySlices() is 1 up to 4M rows, then one more per 4M', () => {
    expect([0, 4_000_000, 4_000_001, 20_003_491, 49_967_924].map(summarySlices)).toEqual([1, 1, 2, 6, 13]);
  });
});
