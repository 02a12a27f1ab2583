import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { clvDiscountedExportSql } from '../../../src/lib/sql/clvDiscountedExportSql';
import { clvDiscountedProfileSql } from '../../../src/lib/sql/clvDiscountedProfileSql';
import { clvDiscountedSql } from '../../../src/lib/sql/clvDiscountedSql';
import { clvGroupsSql } from '../../../src/lib/sql/clvGroupsSql';
import { clvPeriodSql } from '../../../src/lib/sql/clvPeriodSql';
import { dwyerRetentionSql } from '../../../src/lib/sql/dwyerRetentionSql';
import { markovRecencySql } from '../../../src/lib/sql/markovRecencySql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Yearly periods; the last order is 2024-06-30, so ref_date = 2024-07-01 and 2024 is not complete
// (the last complete year is 2023). A: 2020, 2021, 2023 and 2024; B: 2021, 2022 (two orders in
// 2022, one a 5 return); C: 2022; D: 2023.
const ROWS = [
  { customer_id: 'A', order_date: '2020-03-01', amount: 100, margin: 40 },
  { customer_id: 'A', order_date: '2021-05-01', amount: 50, margin: 20 },
  { customer_id: 'A', order_date: '2023-02-01', amount: 30, margin: 10 },
  { customer_id: 'A', order_date: '2024-06-30', amount: 60, margin: 30 },
  { customer_id: 'B', order_date: '2021-12-31', amount: 10, margin: 4 },
  { customer_id: 'B', order_date: '2022-01-01', amount: 25, margin: 10 },
  { customer_id: 'B', order_date: '2022-08-01', amount: -5, margin: -2 },
  { customer_id: 'C', order_date: '2022-04-01', amount: 40, margin: 16 },
  { customer_id: 'D', order_date: '2023-09-01', amount: 5, margin: null },
];

describe('CLV formula SQL', () => {
  let conn: Conn;
  const rows = (sql: string) => queryRows(conn, sql);
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE customer_rfm AS SELECT * FROM (VALUES
      ('A', 'Champions', '重要客户', 0), ('B', 'Lost', '普通客户', 2), ('C', 'Lost', '普通客户', 2), ('D', 'New Customers', '次要客户', 1))
      AS t(customer_id, segment_rfm10, tier, tier_index)`);
  });

  it('clvPeriodSql() numbers periods so that differences count whole calendar periods', () => {
    const p = clvPeriodSql({ period: 'quarter' });
    const [r] = rows(`SELECT ${p.number("DATE '2024-01-01'")} - ${p.number("DATE '2023-12-31'")} AS q, ${clvPeriodSql({ period: 'month' }).number("DATE '2024-03-31'")} - ${clvPeriodSql({ period: 'month' }).number("DATE '2023-03-01'")} AS m`);
    expect(r).toEqual({ q: 1, m: 12 });
    expect(() => clvPeriodSql({ period: 'week' as 'year' })).toThrow('invalid period: week (expected month, quarter or year)');
  });

  it('clvDiscountedSql() is Σ_{t<=n} I_t/(1+r)^t with t = 1 in the year of the first order', () => {
    const sql = clvDiscountedSql({ rate: 0.1, horizon: 3 });
    expect(sql).toContain('per.i_t / power(1 + 0.1, per.t)');
    const got = rows(sql).map((r) => [r.customer_id, r.periods_seen, r.value, Number((r.clv as number).toFixed(4))]);
    expect(got).toEqual([
      ['A', 3, 150, Number((100 / 1.1 + 50 / 1.21).toFixed(4))], // 2023 is A's 4th year: beyond n = 3
      ['B', 3, 30, Number((10 / 1.1 + 20 / 1.21).toFixed(4))], // the return nets 2022 to 20
      ['C', 3, 40, Number((40 / 1.1).toFixed(4))],
      ['D', 2, 5, Number((5 / 1.1).toFixed(4))], // 2023 and the running 2024
    ]);
  });

  it('clvDiscountedSql() sums margin instead of revenue when asked, a line without margin counting 0', () => {
    const got = rows(clvDiscountedSql({ rate: 0, horizon: 10, value: 'margin' })).map((r) => r.value);
    expect(got).toEqual([100, 12, 16, 0]);
  });

  it('clvDiscountedSql() refuses a bad rate or horizon by name', () => {
    expect(() => clvDiscountedSql({ rate: -0.1 })).toThrow('invalid discount rate: -0.1 (expected 0..10)');
    expect(() => clvDiscountedSql({ horizon: 2.5 })).toThrow('invalid horizon: 2.5');
  });

  it('clvDiscountedProfileSql() writes the formula out per t, its sum the mean CLV', () => {
    const prof = rows(clvDiscountedProfileSql({ rate: 0.1, horizon: 3 }));
    expect(prof.map((r) => [r.t, r.customers_seen, r.mean_i_t])).toEqual([[1, 4, 38.75], [2, 4, 17.5], [3, 3, 0]]);
    expect(prof[1]!.factor).toBeCloseTo(1 / 1.21, 12);
    const mean = rows(`SELECT avg(clv) AS m FROM (${clvDiscountedSql({ rate: 0.1, horizon: 3 })})`)[0]!.m as number;
    expect(prof.reduce((s, r) => s + (r.discounted as number), 0)).toBeCloseTo(mean, 10);
  });

  it('clvGroupsSql() summarises CLV per segment and per tier in pyramid order', () => {
    const by = rows(clvGroupsSql(clvDiscountedSql({ rate: 0, horizon: 3 }), 'tier'));
    expect(by.map((r) => [r.group, r.customers, r.total_clv])).toEqual([['重要客户', 1, 150], ['次要客户', 1, 5], ['普通客户', 2, 70]]);
    expect(by.reduce((s, r) => s + (r.clv_share as number), 0)).toBeCloseTo(1, 12);
    expect(rows(clvGroupsSql(clvDiscountedSql({ rate: 0, horizon: 3 }), 'segment_rfm10')).map((r) => r.group)).toEqual(['Champions', 'Lost', 'New Customers']);
  });

  it('dwyerRetentionSql() counts period-t buyers who buy in t+1 over complete periods only', () => {
    // At risk (an order in a year before 2023): A 2020 (kept: 2021), A 2021 (not: next 2023),
    // B 2021 (kept: 2022), B 2022, C 2022. Active customer-years up to 2023: A 3, B 2, C 1, D 1.
    const [all] = rows(dwyerRetentionSql({ by: 'all' }));
    expect(all).toMatchObject({ group: 'all', customers: 4, at_risk: 5, retained: 2, retention: 0.4, active: 7 });
    expect(all!.margin).toBeCloseTo((100 + 50 + 30 + 10 + 20 + 40 + 5) / 7, 12);
  });

  it('dwyerRetentionSql() by cohort of the first year and by segment', () => {
    const cohorts = rows(dwyerRetentionSql({ by: 'cohort' })).map((r) => [r.group, r.at_risk, r.retained, r.retention]);
    expect(cohorts).toEqual([['2020', 2, 1, 0.5], ['2021', 2, 1, 0.5], ['2022', 1, 0, 0], ['2023', 0, 0, null]]);
    const seg = rows(dwyerRetentionSql({ by: 'segment_rfm10' })).map((r) => [r.group, r.at_risk, r.retained]);
    expect(seg).toEqual([['Champions', 2, 1], ['Lost', 3, 1], ['New Customers', 0, 0]]);
    expect(() => dwyerRetentionSql({ by: 'region' as 'all' })).toThrow('invalid group: region');
  });

  it('markovRecencySql() counts the recency transitions by hand-countable rules', () => {
    // Gaps: A 2020→2021 (1), A 2021→2023 (2), B 2021→2022 (1); tails after the last order up to
    // 2023: A 0, B 1, C 1, D 0. State 1: 5 visits (gaps 1, 2, 1, tails B, C), 2 buys (the gaps of 1);
    // state 2: 1 visit (A's gap of 2), 1 buy; state 3: none.
    const m = rows(markovRecencySql({ states: 3 }));
    expect(m.map((r) => [r.state, r.visits, r.buys, r.p_buy, r.customers_now])).toEqual([
      [1, 5, 2, 0.4, 2], [2, 1, 1, 1, 2], [3, 0, 0, null, 0],
    ]);
    expect(m[0]!.reward).toBeCloseTo(255 / 7, 12);
    expect(m[1]!.reward).toBe(0);
  });

  it('markovRecencySql() pools everyone k - 1 or more periods away in the last state', () => {
    // Monthly, ref 2024-07-01: June 2024 is the last complete month, so A's June order counts.
    // Gaps: A 14, 21, 16; B 1, 7. Tails to 2024-06: A 0, B 22, C 26, D 9. Visits = 116 months;
    // buys from state 1: B's gap of 1; from state 3 (k = 3): the four gaps of 3 or more.
    const m = rows(markovRecencySql({ states: 3, period: 'month' }));
    expect(m.reduce((s, r) => s + (r.visits as number), 0)).toBe(14 + 21 + 16 + 1 + 7 + 22 + 26 + 9);
    expect(m.map((r) => r.buys)).toEqual([1, 0, 4]);
    expect(() => markovRecencySql({ states: 1 })).toThrow('invalid states: 1 (expected 2..24)');
  });
});

describe('clvDiscountedExportSql()', () => {
  it('clvDiscountedExportSql() lists customers by CLV with their segment and tier', async () => {
    const { conn } = await openNodeDuckDB();
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE customer_rfm AS SELECT * FROM (VALUES ('A', 'Champions', '重要价值客户', '重要客户'), ('C', 'Lost', '一般挽留客户', '普通客户'))
      AS t(customer_id, segment_rfm10, segment_cn8, tier)`);
    const got = queryRows(conn, clvDiscountedExportSql({ rate: 0, horizon: 3 })).map((r) => [r.customer_id, r.tier, r.value, r.clv]);
    expect(got).toEqual([['A', '重要客户', 150, 150], ['C', '普通客户', 40, 40], ['B', null, 30, 30], ['D', null, 5, 5]]);
  });
});
