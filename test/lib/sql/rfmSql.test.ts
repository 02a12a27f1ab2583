import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { rfmCutsSql } from '../../../src/lib/sql/rfmCutsSql';
import { rfmSql } from '../../../src/lib/sql/rfmSql';
import { withCteSql } from '../../../src/lib/sql/withCteSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Five customers, ref_date 2024-01-21 (day after the last order). Hand-computed:
//   recency days [1, 5, 5, 10, 20] -> cuts at positions 0.8, 1.6, 2.4, 3.2 of the sorted list:
//     4.2, 5, 7, 12; raw bins 1, 2, 2, 4, 5 -> R = 6 - bin = 5, 4, 4, 2, 1
//   frequency [1, 1, 1, 2, 3] -> cuts 1, 1, 1.4, 2.2 -> F = 1, 1, 1, 4, 5
//   monetary [10, 20, 20, 30, 40] -> cuts 18, 20, 24, 32; 20 equals cut 2 and takes the lower
//     bin -> M = 1, 2, 2, 4, 5
const ROWS = [
  { customer_id: 'a', order_id: 'a1', order_date: '2024-01-20', amount: 10 },
  { customer_id: 'b', order_id: 'b1', order_date: '2024-01-16', amount: 20 },
  { customer_id: 'c', order_id: 'c1', order_date: '2024-01-16', amount: 20 },
  { customer_id: 'd', order_id: 'd1', order_date: '2023-12-01', amount: 20 },
  { customer_id: 'd', order_id: 'd2', order_date: '2024-01-11', amount: 10 },
  { customer_id: 'e', order_id: 'e1', order_date: '2023-12-01', amount: 5 },
  { customer_id: 'e', order_id: 'e2', order_date: '2023-12-15', amount: 15 },
  { customer_id: 'e', order_id: 'e2', order_date: '2023-12-15', amount: 5 },
  { customer_id: 'e', order_id: 'e3', order_date: '2024-01-01', amount: 15 },
];

describe('rfmSql', () => {
  let conn: Conn;
  const score = (sql: string) =>
    queryRows(conn, `SELECT customer_id, recency_days, frequency, monetary, r, f, m, rfm_cell FROM (${sql}) ORDER BY customer_id`);
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
  });

  it('rfmSql() scores by the quantile rule: 1 + #{k : x > c_k}, recency reversed', () => {
    expect(score(rfmSql()).map((r) => [r.customer_id, r.recency_days, r.frequency, r.monetary, r.r, r.f, r.m, r.rfm_cell])).toEqual([
      ['a', 1, 1, 10, 5, 1, 1, 511],
      ['b', 5, 1, 20, 4, 1, 2, 412],
      ['c', 5, 1, 20, 4, 1, 2, 412],
      ['d', 10, 2, 30, 2, 4, 4, 244],
      ['e', 20, 3, 40, 1, 5, 5, 155],
    ]);
  });

  it('rfmSql() gives tied values the same score, and a value at a cut point the lower bin', () => {
    const rows = score(rfmSql());
    expect(rows[1].m).toBe(rows[2].m);
    expect(rows[1].r).toBe(rows[2].r);
    expect(rows[0].f).toBe(rows[1].f);
    const cuts = queryRows(conn, withCteSql({ customer_rfm: rfmSql() }, rfmCutsSql()));
    expect(cuts.filter((c) => c.measure === 'm').map((c) => c.cut)).toEqual([18, 20, 24, 32]);
    expect(cuts.filter((c) => c.measure === 'f').map((c) => c.cut)[2]).toBeCloseTo(1.4, 12);
    expect(cuts.map((c) => c.measure)).toEqual(['r', 'r', 'r', 'r', 'f', 'f', 'f', 'f', 'm', 'm', 'm', 'm']);
  });

  it('rfmSql() with binning rank makes equal-size bins, ties broken by customer_id', () => {
    const rows = score(rfmSql({ binning: 'rank' }));
    // NTILE(5) over 5 customers: one per bin; b and c tie on M = 20 and b (lower id) ranks first.
    expect(rows.map((r) => r.m)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.f)).toEqual([1, 2, 3, 4, 5]);
    // Recency: most recent (a, 1 day) gets 5; b and c tie at 5 days, b first in the DESC order.
    expect(rows.map((r) => r.r)).toEqual([5, 3, 4, 2, 1]);
  });

  it('rfmSql() with monetary mean uses the mean order value', () => {
    expect(score(rfmSql({ monetary: 'mean' })).map((r) => r.monetary)).toEqual([10, 20, 20, 15, 40 / 3]);
  });

  it('rfmSql() with 3 or 10 bins uses k/B cut points and keeps cells unambiguous', () => {
    const three = score(rfmSql({ bins: 3 }));
    // M cuts at 1/3, 2/3: positions 1.333.., 2.666.. -> 20, 20 + 0.666..*10; 20 is not above 20.
    expect(three.map((r) => r.m)).toEqual([1, 1, 1, 3, 3]);
    const ten = score(rfmSql({ bins: 10 }));
    expect(ten[4].rfm_cell).toBe(10000 * Number(ten[4].r) + 100 * Number(ten[4].f) + Number(ten[4].m));
  });

  it('rfmSql() keeps customers with net M <= 0 and flags them; single-order customers are flagged', async () => {
    const { conn: c2 } = await openNodeDuckDB();
    createTransactions(c2, [
      ...ROWS,
      { customer_id: 'f', order_id: 'f1', order_date: '2024-01-05', amount: 50 },
      { customer_id: 'f', order_id: 'f2', order_date: '2024-01-06', amount: -70 },
    ]);
    const rows = queryRows(c2, `SELECT customer_id, frequency, monetary, m, m_nonpositive, single_order FROM (${rfmSql()}) ORDER BY 1`);
    expect(rows.find((r) => r.customer_id === 'f')).toEqual({
      customer_id: 'f', frequency: 2, monetary: -20, m: 1, m_nonpositive: true, single_order: false,
    });
    expect(rows.filter((r) => r.single_order).map((r) => r.customer_id)).toEqual(['a', 'b', 'c']);
  });

  it('customerBaseSql() counts a row without order_id as one order, and drops customers with no order in the window', () => {
    createTransactions(conn, [
      { customer_id: 'x', order_date: '2024-01-01', amount: 5 },
      { customer_id: 'x', order_date: '2024-01-01', amount: 7 },
      { customer_id: 'y', order_date: '2023-06-01', amount: 9 },
      { customer_id: 'y', order_date: '2024-02-01', amount: 9 },
      { customer_id: 'z', order_date: '2023-06-01', amount: 3 },
    ], 'tx_window');
    const base = (o: Parameters<typeof customerBaseSql>[0]) =>
      queryRows(conn, `SELECT customer_id, frequency, revenue, recency_days, ref_date::VARCHAR AS ref
        FROM (${customerBaseSql({ table: 'tx_window', ...o })}) ORDER BY 1`);
    expect(base({})).toEqual([
      { customer_id: 'x', frequency: 2, revenue: 12, recency_days: 32, ref: '2024-02-02' },
      { customer_id: 'y', frequency: 2, revenue: 18, recency_days: 1, ref: '2024-02-02' },
      { customer_id: 'z', frequency: 1, revenue: 3, recency_days: 246, ref: '2024-02-02' },
    ]);
    // Window [2023-12-01, 2024-02-01): y's orders fall before it and on ref_date, z's before it;
    // neither is a customer of this analysis.
    expect(base({ from: '2023-12-01', refDate: '2024-02-01' })).toEqual([
      { customer_id: 'x', frequency: 2, revenue: 12, recency_days: 31, ref: '2024-02-01' },
    ]);
  });

  it('rfmSql() refuses bad options with a message naming the option', () => {
    expect(() => rfmSql({ bins: 0 })).toThrow('invalid bins: 0 (expected 3, 4, 5 or 10)');
    expect(() => rfmSql({ monetary: 'avg' as 'mean' })).toThrow('invalid monetary: avg (expected total or mean)');
    expect(() => rfmSql({ binning: 'jenks' as 'rank' })).toThrow('invalid binning: jenks');
    expect(() => rfmSql({ refDate: '2024-02-30' })).toThrow('invalid refDate: "2024-02-30" (expected YYYY-MM-DD)');
    expect(() => rfmSql({ from: '2024-03-01', refDate: '2024-02-01' })).toThrow('invalid from: 2024-03-01');
  });

  it('rfmSql() text is one SELECT with no clock, time zone or extension function', () => {
    const sql = rfmSql({ refDate: '2024-01-21' });
    expect(sql).toMatch(/^WITH base AS/);
    expect(sql).toContain("DATE '2024-01-21'");
    expect(sql).toContain('quantile_cont(recency_days::DOUBLE, [1/5, 2/5, 3/5, 4/5])');
    expect(sql).not.toMatch(/current_date|now\(|today\(|->>|json|timezone|AT TIME ZONE/i);
    conn.query(`CREATE OR REPLACE VIEW rfm_view AS ${sql}`);
    expect(queryRows(conn, 'SELECT count(*) AS n FROM rfm_view')).toEqual([{ n: 5 }]);
  });

});
