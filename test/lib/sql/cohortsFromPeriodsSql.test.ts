import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { cohortsFromPeriodsSql } from '../../../src/lib/sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { loadTransactions, queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);
const GEN = new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url);

// Revenue is a sum of per-customer sums instead of a sum of orders: the same up to float rounding.
const rows = (conn: Conn, sql: string) => queryRows(conn, sql).map((r) => ({ ...r, cohort_start: String(r.cohort_start), revenue: Math.round(Number(r.revenue) * 1e6) / 1e6 }));
const types = (conn: Conn, sql: string) => queryRows(conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);

describe('cohortsFromPeriodsSql', () => {
  it('cohortsFromPeriodsSql() groups customer_periods by cohort and period and reads cohort_start from customer_rfm', () => {
    const sql = cohortsFromPeriodsSql('my_periods', 'my_rfm');
    expect(sql).toContain("SELECT date_trunc('month', first_date) AS cohort_start, count(*)::INTEGER AS cohort_size FROM my_rfm");
    expect(sql).toContain('FROM my_periods\n  GROUP BY cohort, period');
    expect(sql).toMatch(/ORDER BY z\.cohort_start, c\.period$/);
    expect(cohortsFromPeriodsSql()).toContain('FROM customer_periods');
  });

  it('cohortsFromPeriodsSql() gives cohortsSql({})\'s rows and types on the sample shop', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const report = await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'));
    expect(report.outcome).toBe('import');
    engine.prepareOverview();
    const now = rows(engine.conn, cohortsFromPeriodsSql());
    expect(now.length).toBeGreaterThan(100);
    expect(now).toEqual(rows(engine.conn, cohortsSql({})));
    expect(types(engine.conn, cohortsFromPeriodsSql())).toEqual(types(engine.conn, cohortsSql({})));
    expect(types(engine.conn, cohortsFromPeriodsSql())).toContain('rate DOUBLE');
  });

  describe('on generated data', () => {
    let conn: Conn;
    beforeAll(async () => {
      const d = await openNodeDuckDB();
      conn = d.conn;
      const tmp = mkdtempSync(join(tmpdir(), 'cohorts-'));
      try {
        const out = join(tmp, 'tx.csv');
        execFileSync(process.execPath, [GEN.pathname, '--customers', '4000', '--seed', '5', '--quiet', '--out', out, '--lines']);
        loadTransactions(d.db, d.conn, new Uint8Array(readFileSync(out)));
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });

    it('cohortsFromPeriodsSql() gives cohortsSql({})\'s rows after the one-statement build and after the sliced build (3 parts)', () => {
      const old = rows(conn, cohortsSql({}));
      expect(old.length).toBeGreaterThan(100);
      for (const s of prepareOverviewSql()) conn.query(s);
      expect(rows(conn, cohortsFromPeriodsSql())).toEqual(old);
      const refDate = String(queryRows(conn, 'SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions')[0].d);
      for (const s of prepareOverviewSql({ refDate }, 3)) conn.query(s);
      expect(rows(conn, cohortsFromPeriodsSql())).toEqual(old);
      expect(types(conn, cohortsFromPeriodsSql())).toEqual(types(conn, cohortsSql({})));
    });
  });
});
