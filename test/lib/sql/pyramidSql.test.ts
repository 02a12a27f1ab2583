import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { giniSql } from '../../../src/lib/sql/giniSql';
import { lorenzSql } from '../../../src/lib/sql/lorenzSql';
import { platinumTierSet } from '../../../src/lib/sql/platinumTierSet';
import { pyramidSql } from '../../../src/lib/sql/pyramidSql';
import { pyramidTiersSql } from '../../../src/lib/sql/pyramidTiersSql';
import { tierCaseSql } from '../../../src/lib/sql/tierCaseSql';
import { topShareSql } from '../../../src/lib/sql/topShareSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Ten customers with net revenue 100, 90, 90, 50, 40, 30, 20, 10, 0, -5 (c02 and c03 tie).
const VALUES = [100, 90, 90, 50, 40, 30, 20, 10, 0, -5];
const ROWS = VALUES.flatMap((v, i) => {
  const id = `c${String(i + 1).padStart(2, '0')}`;
  // c10 reaches -5 as a purchase and a larger return, c09 as a purchase fully returned.
  if (v <= 0) return [
    { customer_id: id, order_id: `${id}a`, order_date: '2024-01-02', amount: 10, cost: 4 },
    { customer_id: id, order_id: `${id}b`, order_date: '2024-01-03', amount: v - 10, cost: -4 },
  ];
  return [{ customer_id: id, order_id: id, order_date: '2024-01-02', amount: v, cost: v / 2 }];
});

describe('pyramid', () => {
  let conn: Conn;
  const tiers = (o: Parameters<typeof pyramidSql>[0] = {}) => withCteSql({ p: pyramidSql(o) }, pyramidTiersSql({ source: 'p', tiers: o.tiers }));
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
  });

  it('pyramidSql() ranks by value then customer_id and puts rank i in the first tier with i <= b*N', () => {
    const rows = queryRows(conn, `SELECT customer_id, value, value_rank, tier FROM (${pyramidSql()}) ORDER BY value_rank`);
    expect(rows.map((r) => r.customer_id)).toEqual(['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10']);
    // N = 10: floor(0.01*10) = 0 -> 重要 empty; 0.2*10 = 2 -> ranks 1-2; 0.5*10 = 5 -> ranks 3-5.
    expect(rows.map((r) => r.tier)).toEqual(['次要客户', '次要客户', '普通客户', '普通客户', '普通客户', '小客户', '小客户', '小客户', '小客户', '小客户']);
  });

  it('pyramidTiersSql() lists every tier, the empty top tier with 0, with shares of customers, revenue and margin', () => {
    const rows = queryRows(conn, tiers());
    // margin = amount - cost: half the revenue for c01..c08; 0 for c09; 6 - 11 = -5 for c10.
    expect(rows.map((r) => [r.tier, r.customers, r.revenue, r.margin])).toEqual([
      ['重要客户', 0, 0, 0],
      ['次要客户', 2, 190, 95],
      ['普通客户', 3, 180, 90],
      ['小客户', 5, 55, 15 + 10 + 5 + 0 - 5],
    ]);
    expect(rows[1].customer_share).toBe(0.2);
    expect(rows[2].revenue_share).toBe(180 / 425);
  });

  it('pyramidSql() with the Platinum set puts value <= 0 in Lead first', () => {
    const rows = queryRows(conn, tiers({ tiers: platinumTierSet }));
    expect(rows.map((r) => [r.tier, r.customers])).toEqual([['Platinum', 0], ['Gold', 2], ['Iron', 6], ['Lead', 2]]);
  });

  it('pyramidSql() ranks by margin or by a value from another table', () => {
    const byMargin = queryRows(conn, `SELECT customer_id, value FROM (${pyramidSql({ value: 'margin' })}) WHERE value_rank = 1`);
    expect(byMargin).toEqual([{ customer_id: 'c01', value: 50 }]);
    conn.query(`CREATE OR REPLACE TABLE clv AS SELECT * FROM (VALUES ('c10', 500.0), ('c09', 400.0)) AS t(id, predicted)`);
    const byClv = queryRows(conn, `SELECT customer_id, value, tier FROM (${pyramidSql({ value: { table: 'clv', column: 'predicted', id: 'id' } })}) WHERE value_rank <= 3 ORDER BY value_rank`);
    // Customers missing from the CLV table count as 0 and follow by customer_id.
    expect(byClv).toEqual([
      { customer_id: 'c10', value: 500, tier: '次要客户' },
      { customer_id: 'c09', value: 400, tier: '次要客户' },
      { customer_id: 'c01', value: 0, tier: '普通客户' },
    ]);
  });

  it('giniSql() is the Lorenz-area Gini of max(value, 0)', () => {
    // x ascending 0, 0, 10, 20, 30, 40, 50, 90, 90, 100 (sum 430); weights 2i - n - 1 = -9, -7, ..., 9:
    // -50 - 60 - 30 + 40 + 150 + 450 + 630 + 900 = 2030 -> G = 2030 / (10 * 430).
    const [{ gini }] = queryRows(conn, withCteSql({ p: pyramidSql() }, giniSql({ source: 'p' })));
    expect(gini).toBeCloseTo(2030 / 4300, 15);
    const [{ gini: none }] = queryRows(conn, withCteSql({ p: `SELECT 'a' AS customer_id, -1.0 AS value` }, giniSql({ source: 'p' })));
    expect(none).toBeNull();
  });

  it('lorenzSql() runs from (0, 0) to (1, 1), poorest first, thinned to the given points', () => {
    const all = queryRows(conn, withCteSql({ p: pyramidSql() }, lorenzSql({ source: 'p' })));
    expect(all).toHaveLength(11);
    expect(all[0]).toEqual({ customer_share: 0, value_share: 0 });
    expect(all[3].value_share).toBeCloseTo(10 / 430, 15);
    expect(all[10]).toEqual({ customer_share: 1, value_share: 1 });
    const five = queryRows(conn, withCteSql({ p: pyramidSql() }, lorenzSql({ source: 'p', points: 5 })));
    expect(five.map((r) => r.customer_share)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('topShareSql() gives the share of revenue of the top x% for any x', () => {
    const rows = queryRows(conn, withCteSql({ p: pyramidSql() }, topShareSql({ source: 'p', shares: [0.2, 0.5, 1] })));
    expect(rows.map((r) => [r.share, r.customers, r.revenue_share])).toEqual([
      [0.2, 2, 190 / 425], [0.5, 5, 370 / 425], [1, 10, 1],
    ]);
  });

  it('tierCaseSql() bounds in doubles give the ranks exact decimal arithmetic gives, up to 50M customers', () => {
    // Every N up to 2M and the 2M below 50M, for the bounds of the bundled tier sets and others.
    const bounds = [0.01, 0.05, 0.15, 0.2, 0.21, 0.3, 0.5, 0.7, 0.8, 0.95, 0.99];
    const ns = 'SELECT range AS n FROM range(1, 2000001) UNION ALL SELECT range FROM range(48000000, 50000001)';
    const wrong = bounds.map((b) => queryRows(conn, `SELECT count(*) FILTER (WHERE floor(${b}::DOUBLE * n + 1e-6) <> floor(${b} * n::DECIMAL(18, 0) + 1e-6)) AS w FROM (${ns})`)[0].w);
    expect(wrong).toEqual(bounds.map(() => 0));
  });

  it('tierCaseSql() sums shares in decimal so 0.01 + 0.19 is a bound of exactly 0.2', () => {
    const { name } = tierCaseSql({ tiers: [{ name: 'a', share: 0.01 }, { name: 'b', share: 0.19 }, { name: 'c', share: 0.8 }] });
    expect(name).toContain('floor(0.2::DOUBLE * n_customers + 1e-6)');
    expect(() => tierCaseSql({ tiers: [{ name: 'a', share: 0.7 }, { name: 'b', share: 0.7 }, { name: 'c', share: 0 }] })).toThrow('shares add up to 1.4');
    expect(() => tierCaseSql({ tiers: [{ name: 'a', share: 0 }, { name: 'b', share: 1 }] })).toThrow('invalid share of a: 0 (expected 0..1)');
    expect(() => tierCaseSql({ tiers: [] })).toThrow('invalid tiers: none');
  });
});
