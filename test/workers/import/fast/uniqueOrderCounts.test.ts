import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { uniqueOrderCounts } from '../../../../workers/import/fast/uniqueOrderCounts';
import type { SniffResult } from '../../../../workers/ingest/types';
import { createTransactions, queryRows } from '../../../helpers/loadTransactions';
import { importSummarySql } from '../../../../workers/import/importSummarySql';

/** A sniff whose head saw `rows` data rows and `distinct` values in column 0 (the order ids). */
function head(rows: number, distinct: number): SniffResult {
  // SAFETY: uniqueOrderCounts reads only sniff.sample.
  return { sample: { bytes: 1000, records: rows + 1, rows, complete: false, distinct: [distinct, 3] } } as unknown as SniffResult;
}

describe('uniqueOrderCounts', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    // 300 rows of 37 customers: unique order ids; the same with one id repeated; with one missing.
    const rows = (id: (i: number) => string | null) => Array.from({ length: 300 }, (_, i) => ({
      line: i + 2, customer_id: `C${i % 37}`, order_id: id(i), order_date: `2024-0${1 + (i % 9)}-1${i % 10}`, amount: i % 13,
    }));
    createTransactions(conn, rows((i) => `O${i}`), 'uniq');
    createTransactions(conn, rows((i) => `O${i === 299 ? 0 : i}`), 'repeated');
    createTransactions(conn, rows((i) => (i === 150 ? null : `O${i}`)), 'missing');
    // Ascending ids (zero-padded, as an ERP numbers its orders), and the same with one id twice.
    createTransactions(conn, rows((i) => `O${String(i).padStart(4, '0')}`), 'ascending');
    createTransactions(conn, rows((i) => `O${String(i === 200 ? 199 : i).padStart(4, '0')}`), 'ascending_twice');
  });

  it('uniqueOrderCounts() gives the import summary\'s customers and orders when every row has its own order id', () => {
    const summary = queryRows(conn, importSummarySql('uniq'))[0];
    const counts = uniqueOrderCounts(conn, 'uniq', 'true', 300, head(50, 50), 0);
    expect(counts).toEqual({ customers: 37, orders: 300 });
    expect(counts).toEqual({ customers: summary.customers, orders: summary.orders });
  });

  it('uniqueOrderCounts() counts only the customers when the order ids are ascending, in every slicing', () => {
    const summary = queryRows(conn, importSummarySql('ascending'))[0];
    for (const slices of [1, 3]) {
      const seen: string[] = [];
      const recording = { query: (sql: string) => (seen.push(sql), conn.query(sql)) };
      expect(uniqueOrderCounts(recording, 'ascending', 'true', 300, head(50, 50), 0, slices)).toEqual({ customers: summary.customers, orders: summary.orders });
      expect(seen.filter((q) => q.includes('count(DISTINCT coalesce(order_id'))).toEqual([]);
      expect(seen.filter((q) => q.includes('count(DISTINCT customer_id)'))).toHaveLength(slices);
    }
    // One id twice breaks the ascent: the distinct count runs and finds the repeat.
    expect(uniqueOrderCounts(conn, 'ascending_twice', 'true', 300, head(50, 50), 0)).toBeNull();
  });

  it('uniqueOrderCounts() adds up the counts of the summary\'s hash slices', () => {
    for (const slices of [2, 3, 7]) {
      expect(uniqueOrderCounts(conn, 'uniq', 'true', 300, head(50, 50), 0, slices), `${slices} slices`).toEqual({ customers: 37, orders: 300 });
      expect(uniqueOrderCounts(conn, 'repeated', 'true', 300, head(50, 50), 0, slices), `${slices} slices`).toBeNull();
    }
  });

  it('uniqueOrderCounts() is null when an order id repeats or is missing', () => {
    expect(uniqueOrderCounts(conn, 'repeated', 'true', 300, head(50, 50), 0)).toBeNull();
    expect(uniqueOrderCounts(conn, 'missing', 'true', 300, head(50, 50), 0)).toBeNull();
  });

  it('uniqueOrderCounts() gives up on a missing order id before any distinct count', () => {
    const seen: string[] = [];
    const recording = { query: (sql: string) => (seen.push(sql), conn.query(sql)) };
    expect(uniqueOrderCounts(recording, 'missing', 'true', 300, head(50, 50), 0, 3)).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen.filter((q) => q.includes('count(DISTINCT'))).toEqual([]);
  });

  it('uniqueOrderCounts() does not count when the head repeats an order id, has no rows, or there is no order id column', () => {
    // A query on a table that does not exist would throw: these must not reach DuckDB.
    expect(uniqueOrderCounts(conn, 'no_such_table', 'true', 300, head(50, 49), 0)).toBeNull();
    expect(uniqueOrderCounts(conn, 'no_such_table', 'true', 300, head(0, 0), 0)).toBeNull();
    expect(uniqueOrderCounts(conn, 'no_such_table', 'true', 300, head(50, 50), undefined)).toBeNull();
  });

  it('uniqueOrderCounts() counts only the rows `where` keeps', () => {
    // Lines 2..151 hold orders O0..O149 of all 37 customers.
    expect(uniqueOrderCounts(conn, 'repeated', 'line <= 151', 150, head(50, 50), 0)).toEqual({ customers: 37, orders: 150 });
  });
});
