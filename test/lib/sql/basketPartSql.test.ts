import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { basketPartSql } from '../../../src/lib/sql/basketPartSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

const line = (order_id: string | null, customer_id: string, order_date: string, product: string) => ({ order_id, customer_id, order_date, product, amount: 1 });

describe('basketPartSql', () => {
  it('basketPartSql() keeps whole baskets in a slice and counts baskets, items and pairs; one slice of one is everything', async () => {
    expect(basketPartSql({ k: 1, of: 4 })).toContain('WHERE product IS NOT NULL AND hash(coalesce(order_id, customer_id)) % 4 = 1');
    expect(basketPartSql({ k: 0, of: 1, level: 'category' })).toContain('category AS item');
    expect(() => basketPartSql({ k: 4, of: 4 })).toThrow('invalid k: 4 (expected 0..3)');
    expect(() => basketPartSql({ k: 0.5, of: 4 })).toThrow('invalid slice: 0.5 of 4 (expected whole numbers)');
    expect(() => basketPartSql({ k: 0, of: 2, level: 'brand' as 'product' })).toThrow('invalid level: brand');
    const { conn } = await openNodeDuckDB();
    // o1 {A, B} (A twice), o2 {A, B, C}; x's two order-less lines on one day: one basket {A, B}.
    createTransactions(conn, [
      line('o1', 'p', '2024-01-01', 'A'), line('o1', 'p', '2024-01-01', 'A'), line('o1', 'p', '2024-01-01', 'B'),
      line('o2', 'p', '2024-01-02', 'A'), line('o2', 'p', '2024-01-02', 'B'), line('o2', 'p', '2024-01-02', 'C'),
      line(null, 'x', '2024-01-01', 'A'), line(null, 'x', '2024-01-01', 'B'),
    ]);
    const part = (k: number, of: number) => queryRows(conn, `SELECT * FROM (${basketPartSql({ k, of })}) ORDER BY a NULLS FIRST, b NULLS FIRST`);
    expect(part(0, 1)).toEqual([
      { a: null, b: null, cnt: 3 }, { a: 'A', b: null, cnt: 3 }, { a: 'A', b: 'B', cnt: 3 }, { a: 'A', b: 'C', cnt: 1 },
      { a: 'B', b: null, cnt: 3 }, { a: 'B', b: 'C', cnt: 1 }, { a: 'C', b: null, cnt: 1 },
    ]);
    // Over 2 slices every basket is counted once: the basket counts add up to 3.
    const slices = [0, 1].map((k) => part(k, 2));
    expect(slices.map((s) => Number(s.find((r) => r.a === null)!.cnt)).reduce((x, y) => x + y)).toBe(3);
    expect(slices.flat().filter((r) => r.a === 'A' && r.b === 'B').reduce((x, r) => x + Number(r.cnt), 0)).toBe(3);
  });
});
