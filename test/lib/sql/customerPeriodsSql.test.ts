import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { cohortOrdersSql } from '../../../src/lib/sql/cohortOrdersSql';
import { cohortSizesSql } from '../../../src/lib/sql/cohortSizesSql';
import { customerPeriodsSql } from '../../../src/lib/sql/customerPeriodsSql';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { createTransactions, loadTransactions, queryRows } from '../../helpers/loadTransactions';

type Opened = Awaited<ReturnType<typeof openNodeDuckDB>>;

const GEN = new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url);

/** The definition customer_periods had before (grouping cohortOrdersSql), to compare against. */
const before = (opts: { refDate?: string; period?: 'month' | 'week' | 'quarter' }) => `SELECT customer_id, cohort, period, sum(amount) AS revenue
FROM (${cohortOrdersSql(opts)}) AS co GROUP BY customer_id, cohort, period`;

describe('customerPeriodsSql', () => {
  let d: Opened;
  beforeAll(async () => {
    d = await openNodeDuckDB();
  });

  it('customerPeriodsSql() reads cohorts from customer_rfm and sums orders by customer and period before joining them', () => {
    const sql = customerPeriodsSql({ refDate: '2025-01-01', rfm: 'my_rfm' });
    expect(sql).toContain('FROM my_rfm');
    expect(sql).toContain("date_trunc('month', first_date) AS cohort_start");
    // The label and the period number once per cohort, in the join to the sizes.
    expect(sql).toContain("strftime(cohort_start, '%Y-%m') AS cohort, (year(cohort_start) * 12 + month(cohort_start))::INTEGER AS cohort_ordinal FROM");
    // The orders summed per customer and month before the join to the customers.
    expect(sql).toContain('SELECT customer_id, (year(order_date) * 12 + month(order_date))::INTEGER AS ordinal, sum(amount) AS revenue\n  FROM o\n  GROUP BY customer_id, ordinal');
    expect(sql).toContain('g.ordinal - s.cohort_ordinal AS period');
    expect(sql).toContain("DATE '2025-01-01'");
  });

  it('customerPeriodsSql() gives a customer one row per active period, with its revenue', () => {
    createTransactions(d.conn, [
      { customer_id: 'a', order_id: '1', order_date: '2024-01-05', amount: 10 },
      { customer_id: 'a', order_id: '1', order_date: '2024-02-01', amount: 5 }, // same order, later line: period 0
      { customer_id: 'a', order_id: '2', order_date: '2024-03-09', amount: 7 },
      { customer_id: 'a', order_id: '3', order_date: '2024-03-20', amount: -2 },
      { customer_id: 'b', order_id: '4', order_date: '2024-01-30', amount: 1 },
      { customer_id: 'c', order_id: '5', order_date: '2024-02-02', amount: 3 },
      { customer_id: 'c', order_id: '6', order_date: '2025-02-02', amount: 3 }, // after refDate: left out
    ], 'tx_small');
    d.conn.query(`CREATE OR REPLACE TABLE rfm_small AS ${customerRfmSql({ table: 'tx_small', refDate: '2025-01-01' })}`);
    const rows = queryRows(d.conn, `${customerPeriodsSql({ table: 'tx_small', refDate: '2025-01-01', rfm: 'rfm_small' })} ORDER BY customer_id, period`);
    expect(rows).toEqual([
      { customer_id: 'a', cohort: '2024-01', period: 0, revenue: 15 },
      { customer_id: 'a', cohort: '2024-01', period: 2, revenue: 5 },
      { customer_id: 'b', cohort: '2024-01', period: 0, revenue: 1 },
      { customer_id: 'c', cohort: '2024-02', period: 0, revenue: 3 },
    ]);
  });

  it('customerPeriodsSql() gives the rows of the cohortOrdersSql definition on generated data, for every grain', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'periods-'));
    try {
      const out = join(tmp, 'tx.csv');
      execFileSync(process.execPath, [GEN.pathname, '--customers', '4000', '--seed', '7', '--quiet', '--out', out, '--lines']);
      loadTransactions(d.db, d.conn, new Uint8Array(readFileSync(out)), 'tx_gen');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const refDate = '2024-06-01';
    d.conn.query(`CREATE OR REPLACE TABLE rfm_gen AS ${customerRfmSql({ table: 'tx_gen', refDate })}`);
    for (const period of ['month', 'week', 'quarter'] as const) {
      const opts = { table: 'tx_gen', refDate, period };
      const now = `SELECT customer_id, cohort, period, round(revenue, 6) AS revenue FROM (${customerPeriodsSql({ ...opts, rfm: 'rfm_gen' })})`;
      const old = `SELECT customer_id, cohort, period, round(revenue, 6) AS revenue FROM (${before(opts)})`;
      const diff = (a: string, b: string) => Number(queryRows(d.conn, `SELECT count(*) AS n FROM (${a} EXCEPT ALL ${b})`)[0].n);
      expect([diff(now, old), diff(old, now)], period).toEqual([0, 0]);
      expect(Number(queryRows(d.conn, `SELECT count(*) AS n FROM (${now})`)[0].n)).toBeGreaterThan(4000);
      // Sizes counted once over all customers, then one hash slice of them at a time: the same rows.
      d.conn.query(`CREATE OR REPLACE TABLE sizes_gen AS ${cohortSizesSql(period, 'rfm_gen')}`);
      const slices = [0, 1].map((k) => `SELECT customer_id, cohort, period, round(revenue, 6) AS revenue FROM (${customerPeriodsSql({
        ...opts, rfm: `(SELECT * FROM rfm_gen WHERE hash(customer_id) % 2 = ${k})`, sizes: 'sizes_gen',
      })})`).join(' UNION ALL ');
      const all = `SELECT * FROM (${slices})`;
      expect([diff(all, old), diff(old, all)], `${period} in slices`).toEqual([0, 0]);
    }
  });
});
