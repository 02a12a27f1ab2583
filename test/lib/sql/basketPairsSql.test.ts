import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { basketPairsSql } from '../../../src/lib/sql/basketPairsSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const line = (order_id: string | null, customer_id: string, order_date: string, product: string, category: string) =>
  ({ order_id, customer_id, order_date, product, category, amount: 1 });

// Six baskets: o1 {A, B} (A twice), o2 {A, B, C}, o3 {A}, o4 {C, D}; without order ids,
// x's two lines on 2024-01-01 form one basket {A, B} and y's line one basket {D}.
const ROWS = [
  line('o1', 'p', '2024-01-01', 'A', 'X'), line('o1', 'p', '2024-01-01', 'A', 'X'), line('o1', 'p', '2024-01-01', 'B', 'X'),
  line('o2', 'p', '2024-01-02', 'A', 'X'), line('o2', 'p', '2024-01-02', 'B', 'X'), line('o2', 'p', '2024-01-02', 'C', 'Y'),
  line('o3', 'q', '2024-01-02', 'A', 'X'),
  line('o4', 'q', '2024-01-03', 'C', 'Y'), line('o4', 'q', '2024-01-03', 'D', 'Y'),
  line(null, 'x', '2024-01-01', 'A', 'X'), line(null, 'x', '2024-01-01', 'B', 'X'),
  line(null, 'y', '2024-01-02', 'D', 'Y'),
];

describe('basketPairsSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
  });

  it('basketPairsSql() gives support, confidence and lift, best lift first', () => {
    // Baskets: A in 4, B in 3, C in 2, D in 2; AB in 3, AC 1, BC 1, CD 1 (of 6).
    const rows = queryRows(conn, `SELECT a, b, baskets, support, confidence, confidence_ba, lift FROM (${basketPairsSql({ minSupport: 0 })})`);
    expect(rows).toEqual([
      { a: 'A', b: 'B', baskets: 3, support: 3 / 6, confidence: 3 / 4, confidence_ba: 3 / 3, lift: (3 * 6) / (4 * 3) },
      { a: 'C', b: 'D', baskets: 1, support: 1 / 6, confidence: 1 / 2, confidence_ba: 1 / 2, lift: (1 * 6) / (2 * 2) },
      { a: 'B', b: 'C', baskets: 1, support: 1 / 6, confidence: 1 / 3, confidence_ba: 1 / 2, lift: (1 * 6) / (3 * 2) },
      { a: 'A', b: 'C', baskets: 1, support: 1 / 6, confidence: 1 / 4, confidence_ba: 1 / 2, lift: (1 * 6) / (4 * 2) },
    ]);
  });

  it('basketPairsSql() drops pairs under the minimum support and honours limit', () => {
    expect(queryRows(conn, `SELECT a, b FROM (${basketPairsSql({ minSupport: 0.2 })})`)).toEqual([{ a: 'A', b: 'B' }]);
    expect(queryRows(conn, `SELECT a, b FROM (${basketPairsSql({ minSupport: 0, limit: 2 })})`)).toHaveLength(2);
    expect(() => basketPairsSql({ minSupport: 2 })).toThrow('invalid minSupport: 2 (expected 0..1)');
    expect(() => basketPairsSql({ level: 'brand' as 'product' })).toThrow('invalid level: brand');
  });

  it('basketPairsSql() by category pairs distinct categories in a basket', () => {
    // X in o1, o2, o3, x (4); Y in o2, o4, y (3); both only in o2.
    const rows = queryRows(conn, `SELECT a, b, support, confidence, lift FROM (${basketPairsSql({ level: 'category', minSupport: 0 })})`);
    expect(rows).toEqual([{ a: 'X', b: 'Y', support: 1 / 6, confidence: 1 / 4, lift: 6 / (4 * 3) }]);
  });
});
