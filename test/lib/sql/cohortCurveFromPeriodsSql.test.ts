import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { cohortCurveFromPeriodsSql } from '../../../src/lib/sql/cohortCurveFromPeriodsSql';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { customerPeriodsSql } from '../../../src/lib/sql/customerPeriodsSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';

type Opened = Awaited<ReturnType<typeof openNodeDuckDB>>;

const types = (d: Opened, sql: string) => queryRows(d.conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);

describe('cohortCurveFromPeriodsSql', () => {
  let d: Opened;
  beforeAll(async () => {
    d = await openNodeDuckDB();
  });

  it('cohortCurveFromPeriodsSql() reads the cohort cells and customer_rfm\'s reference date', () => {
    const sql = cohortCurveFromPeriodsSql({ periods: 'p', rfm: 'r', period: 'quarter' });
    expect(sql).toContain('SELECT any_value(ref_date) AS ref_date FROM r');
    expect(sql).toContain('FROM p GROUP BY cohort, period');
    expect(sql).toContain('((year(any_value(ref.ref_date) - 1) - year(cohort_start)) * 4');
    expect(sql).toMatch(/ORDER BY g\.cohort_start, g\.period$/);
  });

  it('cohortCurveFromPeriodsSql() fills the periods nobody bought in, as cohortCurveSql() does', () => {
    // A: Jan, Feb, Apr 2024; B: Jan 2024 (two lines of one order) and Jan 2025; C: Feb, Mar 2024.
    createTransactions(d.conn, [
      { customer_id: 'A', order_id: 'a1', order_date: '2024-01-15', amount: 10 },
      { customer_id: 'A', order_id: 'a2', order_date: '2024-02-10', amount: 20 },
      { customer_id: 'A', order_id: 'a3', order_date: '2024-04-01', amount: 30 },
      { customer_id: 'B', order_id: 'b1', order_date: '2024-01-31', amount: 5 },
      { customer_id: 'B', order_id: 'b1', order_date: '2024-02-01', amount: 5 },
      { customer_id: 'B', order_id: 'b2', order_date: '2025-01-02', amount: 40 },
      { customer_id: 'C', order_id: 'c1', order_date: '2024-02-29', amount: 7 },
      { customer_id: 'C', order_id: 'c2', order_date: '2024-03-01', amount: -2 },
    ]);
    for (const s of prepareOverviewSql()) d.conn.query(s);
    const rows = queryRows(d.conn, `SELECT cohort, period, revenue, cumulative_revenue_per_customer AS cum FROM (${cohortCurveFromPeriodsSql()}) WHERE cohort = '2024-01'`);
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 4)).toEqual([
      { cohort: '2024-01', period: 0, revenue: 20, cum: 10 }, { cohort: '2024-01', period: 1, revenue: 20, cum: 20 },
      { cohort: '2024-01', period: 2, revenue: 0, cum: 20 }, { cohort: '2024-01', period: 3, revenue: 30, cum: 35 },
    ]);
    expect(queryRows(d.conn, cohortCurveFromPeriodsSql())).toEqual(queryRows(d.conn, cohortCurveSql()));
  });

  it('cohortCurveFromPeriodsSql() gives cohortCurveSql()\'s rows and types on generated data, monthly and from weekly or quarterly periods', () => {
    const refDate = loadGenerated(d, 3000, 9);
    for (const s of prepareOverviewSql({ refDate }, 3)) d.conn.query(s);
    const old = queryRows(d.conn, cohortCurveSql());
    expect(old.length).toBeGreaterThan(300);
    expectClose(queryRows(d.conn, cohortCurveFromPeriodsSql()), old);
    expect(types(d, cohortCurveFromPeriodsSql())).toEqual(types(d, cohortCurveSql()));
    for (const period of ['week', 'quarter'] as const) {
      d.conn.query(`CREATE OR REPLACE TABLE periods_${period} AS ${customerPeriodsSql({ period })}`);
      const now = cohortCurveFromPeriodsSql({ periods: `periods_${period}`, period });
      expectClose(queryRows(d.conn, now), queryRows(d.conn, cohortCurveSql({ period })));
      expect(types(d, now)).toEqual(types(d, cohortCurveSql({ period })));
    }
  });
});
