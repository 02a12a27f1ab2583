import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { cohortsFromPeriodsSql } from '../../../src/lib/sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { customerPeriodsSql } from '../../../src/lib/sql/customerPeriodsSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

// Revenue is a sum of per-customer sums instead of a sum of orders: equal up to float rounding
// (expectClose: 1e-9 relative); every count, period and date exactly.
const types = (conn: Conn, sql: string) => queryRows(conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);

describe('cohortsFromPeriodsSql', () => {
  it('cohortsFromPeriodsSql() groups customer_periods by cohort and period and reads cohort_start and size from customer_rfm', () => {
    const sql = cohortsFromPeriodsSql({ periods: 'my_periods', rfm: 'my_rfm' });
    expect(sql).toContain("SELECT date_trunc('month', first_date) AS cohort_start, count(*)::INTEGER AS cohort_size FROM my_rfm");
    expect(sql).toContain('count(*) AS n, sum(revenue) AS revenue FROM my_periods GROUP BY cohort, period');
    expect(sql).toMatch(/ORDER BY z\.cohort_start, c\.period$/);
    expect(cohortsFromPeriodsSql()).toContain('FROM customer_periods GROUP BY');
    expect(cohortsFromPeriodsSql({ cells: 'cells_t', period: 'quarter' })).toContain("sum(customers) AS n, sum(revenue) AS revenue FROM cells_t GROUP BY");
    expect(() => cohortsFromPeriodsSql({ period: 'day' as 'week' })).toThrow('invalid period: day');
  });

  it('cohortsFromPeriodsSql() gives cohortsSql()\'s rows and column types on the sample shop, for every grain', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    const old = queryRows(engine.conn, cohortsSql({}));
    expect(old.length).toBeGreaterThan(100);
    expectClose(queryRows(engine.conn, cohortsFromPeriodsSql()), old);
    expect(types(engine.conn, cohortsFromPeriodsSql())).toEqual(types(engine.conn, cohortsSql({})));
    expect(types(engine.conn, cohortsFromPeriodsSql())).toEqual([
      'cohort VARCHAR', 'cohort_start DATE', 'period INTEGER', 'customers INTEGER', 'cohort_size INTEGER', 'rate DOUBLE', 'revenue DOUBLE',
    ]);
    for (const period of ['week', 'quarter'] as const) {
      engine.exec(`CREATE OR REPLACE TABLE periods_${period} AS ${customerPeriodsSql({ period })}`);
      const now = cohortsFromPeriodsSql({ periods: `periods_${period}`, period });
      expectClose(queryRows(engine.conn, now), queryRows(engine.conn, cohortsSql({ period })));
      expect(types(engine.conn, now)).toEqual(types(engine.conn, cohortsSql({ period })));
    }
  });

  describe('on generated data', () => {
    let d: Awaited<ReturnType<typeof openNodeDuckDB>>;
    let refDate: string;
    beforeAll(async () => {
      d = await openNodeDuckDB();
      refDate = loadGenerated(d, 4000, 5);
    });

    it('cohortsFromPeriodsSql() gives cohortsSql()\'s rows after the one-statement build and after the sliced build (3 parts)', () => {
      const old = queryRows(d.conn, cohortsSql({}));
      expect(old.length).toBeGreaterThan(100);
      for (const s of prepareOverviewSql()) d.conn.query(s);
      expectClose(queryRows(d.conn, cohortsFromPeriodsSql()), old);
      for (const s of prepareOverviewSql({ refDate }, 3)) d.conn.query(s);
      expectClose(queryRows(d.conn, cohortsFromPeriodsSql()), old);
      expect(types(d.conn, cohortsFromPeriodsSql())).toEqual(types(d.conn, cohortsSql({})));
      // A cell that differs is caught: drop one customer's period row.
      d.conn.query('DELETE FROM customer_periods WHERE customer_id = (SELECT min(customer_id) FROM customer_periods) AND period = 0');
      expect(() => expectClose(queryRows(d.conn, cohortsFromPeriodsSql()), old)).toThrow();
    });
  });
});
