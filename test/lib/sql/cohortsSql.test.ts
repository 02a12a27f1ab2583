import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { cohortPeriodSql } from '../../../src/lib/sql/cohortPeriodSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { layerCakeSql } from '../../../src/lib/sql/layerCakeSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// A: 2024-01-15 (Mon), 2024-02-10, 2024-04-01 (Mon); B: 2024-01-31, 2025-01-02; C: 2024-02-29,
// 2024-03-01; D: 2023-06-01 only. B's two lines on 2024-01-31 are one order.
const ROWS = [
  { customer_id: 'A', order_id: 'a1', order_date: '2024-01-15', amount: 10 },
  { customer_id: 'A', order_id: 'a2', order_date: '2024-02-10', amount: 20 },
  { customer_id: 'A', order_id: 'a3', order_date: '2024-04-01', amount: 30 },
  { customer_id: 'B', order_id: 'b1', order_date: '2024-01-31', amount: 5 },
  { customer_id: 'B', order_id: 'b1', order_date: '2024-01-31', amount: 5 },
  { customer_id: 'B', order_id: 'b2', order_date: '2025-01-02', amount: 40 },
  { customer_id: 'C', order_id: 'c1', order_date: '2024-02-29', amount: 7 },
  { customer_id: 'C', order_id: 'c2', order_date: '2024-03-01', amount: -2 },
  { customer_id: 'D', order_id: 'd1', order_date: '2023-06-01', amount: 1 },
];

describe('cohorts', () => {
  let conn: Conn;
  const cells = (sql: string) => queryRows(conn, `SELECT cohort, period, customers, rate, revenue FROM (${sql})`).map((r) => Object.values(r));
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, ROWS);
  });

  it('cohortsSql() monthly: period = (year(d) - year(c)) * 12 + month(d) - month(c), rate of the cohort', () => {
    expect(cells(cohortsSql())).toEqual([
      ['2023-06', 0, 1, 1, 1],
      ['2024-01', 0, 2, 1, 20],
      ['2024-01', 1, 1, 0.5, 20],
      ['2024-01', 3, 1, 0.5, 30],
      ['2024-01', 12, 1, 0.5, 40],
      ['2024-02', 0, 1, 1, 7],
      ['2024-02', 1, 1, 1, -2],
    ]);
  });

  it('cohortsSql() weekly counts whole weeks from the cohort Monday; quarterly counts quarters', () => {
    const weeks = cells(cohortsSql({ period: 'week' })).filter((r) => r[0] === '2024-01-15');
    // 2024-02-10 is in the week of 2024-02-05: 21 days -> 3; 2024-04-01: 77 days -> 11.
    expect(weeks.map((r) => r[1])).toEqual([0, 3, 11]);
    const quarters = cells(cohortsSql({ period: 'quarter' })).filter((r) => r[0] === '2024-Q1');
    expect(quarters).toEqual([['2024-Q1', 0, 3, 1, 10 + 20 + 10 + 7 - 2], ['2024-Q1', 1, 1, 1 / 3, 30], ['2024-Q1', 4, 1, 1 / 3, 40]]);
    expect(() => cohortPeriodSql('day')).toThrow('invalid period: day (expected month, week or quarter)');
  });

  it('cohortCurveSql() fills every period to the end of the data and accumulates revenue per customer', () => {
    const rows = queryRows(conn, `SELECT period, revenue, cumulative_revenue_per_customer AS cum FROM (${cohortCurveSql()}) WHERE cohort = '2024-01'`);
    // ref_date 2025-01-03: last full-data month 2025-01 = period 12; cohort of 2 customers.
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 4)).toEqual([
      { period: 0, revenue: 20, cum: 10 }, { period: 1, revenue: 20, cum: 20 },
      { period: 2, revenue: 0, cum: 20 }, { period: 3, revenue: 30, cum: 35 },
    ]);
    expect(rows[12]).toEqual({ period: 12, revenue: 40, cum: 55 });
  });

  it('layerCakeSql() splits each calendar month by cohort', () => {
    const rows = queryRows(conn, `SELECT period_start::VARCHAR AS month, cohort, revenue FROM (${layerCakeSql()}) WHERE period_start = DATE '2024-02-01'`);
    expect(rows).toEqual([
      { month: '2024-02-01', cohort: '2024-01', revenue: 20 },
      { month: '2024-02-01', cohort: '2024-02', revenue: 7 },
    ]);
  });

  it('repeatStatsSql() gives repeat rate, pooled mean days between orders and last year\'s returners', () => {
    // Spans: A 77 days over 2 gaps, B 337 over 1, C 1 over 1 -> 415 / 4. With ref 2025-01-16 the
    // year is [2024-01-17, 2025-01-16): A bought both years, D only last year, B and C this year.
    expect(queryRows(conn, repeatStatsSql({ refDate: '2025-01-16' }))).toEqual([{
      customers: 4, repeat_customers: 3, repeat_rate: 0.75, mean_days_between_orders: 415 / 4,
      last_year_customers: 2, returned_customers: 1, return_share: 0.5,
    }]);
  });
});
