import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import type { SegmentMap } from '../../../src/lib/sql/SegmentMap';
import { cn8Map } from '../../../src/lib/sql/cn8Map';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { rf10Map } from '../../../src/lib/sql/rf10Map';
import { rfm10Map } from '../../../src/lib/sql/rfm10Map';
import { segmentCaseSql } from '../../../src/lib/sql/segmentCaseSql';
import { segmentSizesSql } from '../../../src/lib/sql/segmentSizesSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('segment maps', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
  });

  it('segmentCaseSql() compiles rules in order to one CASE, first match wins', () => {
    const map: SegmentMap = {
      name: 'mine',
      rules: [
        { segment: 'Top', when: { r: [4, 5], f: 5 } },
        { segment: 'Flagged', when: { m_nonpositive: true, single_order: false } },
        { segment: "Rf '5x'", when: { rf: { regex: '5[1-3]' } } },
      ],
      otherwise: 'Rest',
    };
    expect(segmentCaseSql(map)).toBe(`(CASE
  WHEN r BETWEEN 4 AND 5 AND f = 5 THEN 'Top'
  WHEN m_nonpositive AND NOT single_order THEN 'Flagged'
  WHEN rf::VARCHAR IN ('51', '52', '53') THEN 'Rf ''5x'''
  ELSE 'Rest'
END)::ENUM('Top', 'Flagged', 'Rf ''5x''', 'Rest')`);
    expect(segmentCaseSql.labels(map)).toEqual(['Top', 'Flagged', "Rf '5x'", 'Rest']);
    const rows = queryRows(conn, `SELECT ${segmentCaseSql(map)} AS s FROM (VALUES
      (5, 5, '55', false, false), (5, 1, '51', true, false), (5, 1, '51', true, true), (3, 3, '33', false, false)
    ) AS t(r, f, rf, m_nonpositive, single_order)`);
    expect(rows.map((x) => x.s)).toEqual(['Top', 'Flagged', "Rf '5x'", 'Rest']);
  });

  it('segmentCaseSql() refuses maps that cannot be compiled', () => {
    const base = { name: 'x', otherwise: 'o' };
    expect(() => segmentCaseSql({ ...base, rules: [] })).toThrow('segment map x: no rules');
    expect(() => segmentCaseSql({ ...base, rules: [{ segment: 'a', when: {} }] })).toThrow('segment map x, rule 1: no conditions');
    expect(() => segmentCaseSql({ ...base, rules: [{ segment: 'a', when: { r: [5, 1] } }] })).toThrow('invalid range [5, 1]');
    expect(() => segmentCaseSql({ ...base, name: 'Bad Name', rules: [{ segment: 'a', when: { r: 1 } }] })).toThrow('invalid segment map name');
  });

  it('rfm10Map, rf10Map and cn8Map are the tables of ANALYSES.md section 1', () => {
    expect(rfm10Map.rules.map((r) => r.segment)).toEqual([
      'Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers',
      "Can't Lose Them", 'At Risk', 'Need Attention', 'About To Sleep', 'Lost',
    ]);
    expect(rfm10Map.rules[5]).toEqual({ segment: "Can't Lose Them", when: { r: [1, 2], f: [3, 4], m: [4, 5] } });
    expect(rfm10Map.otherwise).toBe('Others');
    // Map B covers all 25 R,F pairs of 5-level scores.
    const sql = segmentCaseSql(rf10Map);
    const rows = queryRows(conn, `SELECT count(*) FILTER (WHERE s = 'others') AS unmatched, count(DISTINCT s) AS n
      FROM (SELECT ${sql} AS s FROM (SELECT r::VARCHAR || f::VARCHAR AS rf FROM range(1, 6) a(r), range(1, 6) b(f)))`);
    expect(rows).toEqual([{ unmatched: 0, n: 10 }]);
    expect(cn8Map.rules).toHaveLength(8);
    expect(cn8Map.otherwise).toBeUndefined();
  });

  it("customerRfmSql() map C: R 高 means days <= the mean (more recent), not the tutorials' flipped version", () => {
    // Days 10, 20, 70 (mean 33.3): the two recent customers are R 高. F 1, 1, 4 (mean 2): only c.
    // M 30, 10, 20 (mean 20): a and c are 高 (c sits exactly on the mean: >= counts it).
    createTransactions(conn, [
      { customer_id: 'a', order_id: '1', order_date: '2024-03-21', amount: 30 },
      { customer_id: 'b', order_id: '2', order_date: '2024-03-11', amount: 10 },
      { customer_id: 'c', order_id: '3', order_date: '2024-01-01', amount: 5 },
      { customer_id: 'c', order_id: '4', order_date: '2024-01-01', amount: 5 },
      { customer_id: 'c', order_id: '5', order_date: '2024-01-01', amount: 5 },
      { customer_id: 'c', order_id: '6', order_date: '2024-01-21', amount: 5 },
    ]);
    const rows = queryRows(conn, `SELECT customer_id, recency_days, r_high, f_high, m_high, segment_cn8
      FROM (${customerRfmSql({ refDate: '2024-03-31' })}) ORDER BY 1`);
    expect(rows).toEqual([
      { customer_id: 'a', recency_days: 10, r_high: true, f_high: false, m_high: true, segment_cn8: '重要发展客户' },
      { customer_id: 'b', recency_days: 20, r_high: true, f_high: false, m_high: false, segment_cn8: '一般发展客户' },
      { customer_id: 'c', recency_days: 70, r_high: false, f_high: true, m_high: true, segment_cn8: '重要保持客户' },
    ]);
    const byScore = queryRows(conn, `SELECT customer_id, r, r_high FROM (${customerRfmSql({ refDate: '2024-03-31', cn8Compare: 'scores' })}) ORDER BY 1`);
    const meanR = byScore.reduce((a, x) => a + Number(x.r), 0) / 3;
    expect(byScore.map((x) => x.r_high)).toEqual(byScore.map((x) => Number(x.r) >= meanR));
    expect(() => customerRfmSql({ cn8Compare: 'raw' as 'values' })).toThrow('invalid cn8Compare: raw');
  });

  it('segmentSizesSql() lists every segment of the map, an empty segment with 0', () => {
    createTransactions(conn, [{ customer_id: 'solo', order_id: '1', order_date: '2024-01-01', amount: 10 }]);
    conn.query(`CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql()}`);
    const rows = queryRows(conn, segmentSizesSql({ map: rfm10Map }));
    expect(rows.map((r) => r.segment)).toEqual([...rfm10Map.rules.map((r) => r.segment), 'Others']);
    // One customer: every cut equals its own value, so all scores are 1 -> R = 5, F = 1, M = 1:
    // New Customers (R 4-5, F 1-3, M 1-5).
    expect(rows.filter((r) => r.customers !== 0)).toEqual([
      { segment: 'New Customers', customers: 1, customer_share: 1, revenue: 10, revenue_share: 1 },
    ]);
    expect(rows.find((r) => r.segment === 'Champions')).toEqual({
      segment: 'Champions', customers: 0, customer_share: 0, revenue: 0, revenue_share: 0,
    });
  });

  it('customerRfmSql() applies a user map given as data beside the defaults', () => {
    createTransactions(conn, [
      { customer_id: 'a', order_id: '1', order_date: '2024-01-01', amount: 10 },
      { customer_id: 'b', order_id: '2', order_date: '2024-02-01', amount: -4 },
    ]);
    const mine: SegmentMap = { name: 'refunds', rules: [{ segment: 'Net refund', when: { m_nonpositive: true } }], otherwise: 'Buyer' };
    const rows = queryRows(conn, `SELECT customer_id, segment_refunds FROM (${customerRfmSql({ maps: [rfm10Map, mine] })}) ORDER BY 1`);
    expect(rows).toEqual([{ customer_id: 'a', segment_refunds: 'Buyer' }, { customer_id: 'b', segment_refunds: 'Net refund' }]);
    expect(() => customerRfmSql({ maps: [mine, mine] })).toThrow('invalid maps: duplicate name in refunds, refunds');
  });
});
