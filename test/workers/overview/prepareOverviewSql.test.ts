import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomerRfmOptions } from '../../../src/lib/sql/CustomerRfmOptions';
import { platinumTierSet } from '../../../src/lib/sql/platinumTierSet';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { rfmCutsSql } from '../../../src/lib/sql/rfmCutsSql';
import { savedRfmCutsSql } from '../../../src/lib/sql/savedRfmCutsSql';
import { createTransactions, loadTransactions, queryRows } from '../../helpers/loadTransactions';

type Opened = Awaited<ReturnType<typeof openNodeDuckDB>>;

const GEN = new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url);

/**
 * Twelve customers built for ties: c01..c04 share revenue 50 (the value rank breaks them by
 * customer_id), c05/c06 share recency and frequency, c07 has only returns (net -20), c08 a fully
 * returned order (net 0), and margins differ from revenue so ranking by margin reorders them.
 */
const TIES = [
  ...['c01', 'c02', 'c03', 'c04'].map((id, i) => ({ customer_id: id, order_id: `${id}a`, order_date: `2024-03-0${i + 1}`, amount: 50, cost: 10 * i })),
  { customer_id: 'c05', order_id: 'c05a', order_date: '2024-02-10', amount: 30, cost: 1 },
  { customer_id: 'c05', order_id: 'c05b', order_date: '2024-02-20', amount: 40, cost: 1 },
  { customer_id: 'c06', order_id: 'c06a', order_date: '2024-02-11', amount: 70, cost: 60 },
  { customer_id: 'c06', order_id: 'c06b', order_date: '2024-02-20', amount: 5, cost: 1 },
  { customer_id: 'c07', order_id: 'c07a', order_date: '2024-01-05', amount: -20, cost: -5 },
  { customer_id: 'c08', order_id: 'c08a', order_date: '2024-01-06', amount: 25, cost: 5 },
  { customer_id: 'c08', order_id: 'c08b', order_date: '2024-01-07', amount: -25, cost: -5 },
  { customer_id: 'c09', order_id: 'c09a', order_date: '2023-11-01', amount: 500, cost: 100 },
  { customer_id: 'c10', order_id: 'c10a', order_date: '2023-12-01', amount: 10, cost: 9 },
  { customer_id: 'c10', order_id: 'c10b', order_date: '2024-03-04', amount: 10, cost: 9 },
  { customer_id: 'c11', order_id: 'c11a', order_date: '2024-03-04', amount: 50, cost: 49 },
  { customer_id: 'c12', order_id: 'c12a', order_date: '2022-06-01', amount: 1, cost: 0 },
];

/** The option sets the sliced build must reproduce exactly. */
const CASES: [string, CustomerRfmOptions][] = [
  ['defaults', {}],
  ['value from a table', { value: { table: 'clv_pred', column: 'clv' } }],
  ['margin value and the Platinum tiers', { value: 'margin', tiers: platinumTierSet }],
  ['10 bins and mean monetary', { bins: 10, monetary: 'mean' }],
  ['NTILE binning', { binning: 'rank' }],
  ['NTILE binning with scores compared', { binning: 'rank', cn8Compare: 'scores', bins: 4 }],
  ['scores compared', { cn8Compare: 'scores' }],
];

describe('prepareOverviewSql', () => {
  let d: Opened;
  beforeAll(async () => {
    d = await openNodeDuckDB();
    const tmp = mkdtempSync(join(tmpdir(), 'overview-'));
    try {
      const out = join(tmp, 'tx.csv');
      execFileSync(process.execPath, [GEN.pathname, '--customers', '3000', '--seed', '11', '--quiet', '--out', out, '--lines']);
      loadTransactions(d.db, d.conn, new Uint8Array(readFileSync(out)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    createTransactions(d.conn, TIES, 'ties');
    // Predicted values for some customers of both tables, ties included (c02/c03 and two ids
    // of the generated data share 7); everyone else counts as 0.
    d.conn.query(`CREATE OR REPLACE TABLE clv_pred AS
SELECT * FROM (VALUES ('c02', 7.0), ('c03', 7.0), ('c09', -3.0), ('c11', 90.5)) AS v(customer_id, clv)
UNION ALL SELECT customer_id, (hash(customer_id) % 50)::DOUBLE FROM (SELECT DISTINCT customer_id FROM transactions) WHERE hash(customer_id) % 3 = 0`);
  });

  const build = (sql: string[], suffix: string) => {
    for (const s of sql) d.conn.query(s);
    d.conn.query(`CREATE OR REPLACE TABLE rfm_${suffix} AS SELECT * FROM customer_rfm; CREATE OR REPLACE TABLE periods_${suffix} AS SELECT * FROM customer_periods`);
  };
  const columns = (t: string) => queryRows(d.conn, `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`);
  /** Rows in one table and not the other, both ways, every value compared exactly. */
  const differ = (a: string, b: string) => {
    const n = (x: string, y: string) => Number(queryRows(d.conn, `SELECT count(*) AS n FROM (FROM ${x} EXCEPT ALL FROM ${y})`)[0].n);
    return [n(a, b), n(b, a)];
  };
  const refDate = (table: string) => String(queryRows(d.conn, `SELECT (max(order_date) + 1)::VARCHAR AS d FROM ${table}`)[0].d);

  it('prepareOverviewSql(opts, parts) builds the same customer_rfm and customer_periods in customer slices', () => {
    build(prepareOverviewSql(), 'whole');
    build(prepareOverviewSql({ refDate: refDate('transactions') }, 3), 'sliced');
    expect(Number(queryRows(d.conn, 'SELECT count(*) AS n FROM rfm_sliced')[0].n)).toBeGreaterThan(2500);
    expect(columns('rfm_sliced')).toEqual(columns('rfm_whole'));
    expect(differ('rfm_whole', 'rfm_sliced')).toEqual([0, 0]);
    expect(columns('periods_sliced')).toEqual(columns('periods_whole'));
    expect(differ('periods_whole', 'periods_sliced')).toEqual([0, 0]);
    const left = queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__overview%'")[0].n;
    expect(Number(left)).toBe(0);
  });

  it('prepareOverviewSql(opts, parts) keeps the cut points it scored with, exactly those of the built customer_rfm; one statement drops them', () => {
    const exists = () => Number(queryRows(d.conn, savedRfmCutsSql.existsSql)[0].n);
    build(prepareOverviewSql({ refDate: refDate('transactions') }, 3), 'sliced');
    expect(exists()).toBe(1);
    const saved = queryRows(d.conn, savedRfmCutsSql());
    expect(saved.map((r) => `${r.measure}${r.k}`)).toEqual(['r1', 'r2', 'r3', 'r4', 'f1', 'f2', 'f3', 'f4', 'm1', 'm2', 'm3', 'm4']);
    expect(saved).toEqual(queryRows(d.conn, rfmCutsSql()));
    build(prepareOverviewSql(), 'whole');
    expect(exists()).toBe(0);
  });

  for (const [name, opts] of CASES) {
    for (const table of ['transactions', 'ties']) {
      it(`prepareOverviewSql(opts, 3) builds customer_rfm exactly as one statement does: ${name}, ${table}`, () => {
        const o = { ...opts, table, refDate: refDate(table) };
        build(prepareOverviewSql(o), 'whole');
        build(prepareOverviewSql(o, 3), 'sliced');
        expect(columns('rfm_sliced')).toEqual(columns('rfm_whole'));
        expect(differ('rfm_whole', 'rfm_sliced')).toEqual([0, 0]);
        // The comparison has something to compare: every customer, several tiers and segments.
        const n = queryRows(d.conn, `SELECT count(*) AS n, count(DISTINCT tier) AS tiers, count(DISTINCT segment_cn8) AS cn8,
  count(DISTINCT value_rank) AS ranks FROM rfm_sliced`)[0];
        expect(n.n).toBe(Number(queryRows(d.conn, `SELECT count(DISTINCT customer_id) AS n FROM ${table}`)[0].n));
        expect(n.ranks).toBe(n.n);
        expect(Number(n.tiers)).toBeGreaterThan(1);
        expect(Number(n.cn8)).toBeGreaterThan(1);
      });
    }
  }

  it('prepareOverviewSql({ linesAreOrders }) builds the same tables without grouping lines into orders, whole and in slices', () => {
    // The generated lines with one line kept per order (and the ties, whose orders are one line each).
    d.conn.query(`CREATE OR REPLACE TABLE single AS SELECT * FROM transactions QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY line) = 1`);
    for (const table of ['single', 'ties']) {
      const o = { table, refDate: refDate(table) };
      build(prepareOverviewSql(o), 'grouped');
      build(prepareOverviewSql({ ...o, linesAreOrders: true }), 'lines');
      build(prepareOverviewSql({ ...o, linesAreOrders: true }, 3), 'sliced');
      for (const built of ['lines', 'sliced']) {
        expect(columns(`rfm_${built}`)).toEqual(columns('rfm_grouped'));
        expect(differ('rfm_grouped', `rfm_${built}`)).toEqual([0, 0]);
        expect(columns(`periods_${built}`)).toEqual(columns('periods_grouped'));
        expect(differ('periods_grouped', `periods_${built}`)).toEqual([0, 0]);
      }
      // Customers with several orders, whose sums the two builds add up.
      expect(Number(queryRows(d.conn, 'SELECT count(*) AS n FROM rfm_lines WHERE frequency > 1')[0].n)).toBeGreaterThan(table === 'ties' ? 3 : 1000);
    }
    // Not a shortcut the SQL takes on its own: only the option skips the grouping.
    expect(prepareOverviewSql({ linesAreOrders: true }).every((s) => !s.includes('GROUP BY customer_id, order_id'))).toBe(true);
    expect(prepareOverviewSql().filter((s) => /^(INSERT|CREATE OR REPLACE TABLE \w+ AS)/.test(s)).every((s) => s.includes('GROUP BY customer_id, order_id'))).toBe(true);
  });

  it('prepareOverviewSql() in parts needs a reference date, and without parts is customer_rfm made and filled, customer_periods, and the saved cuts dropped', () => {
    expect(() => prepareOverviewSql({}, 2)).toThrow('invalid parts: 2 (a refDate is needed to build in parts)');
    expect(prepareOverviewSql().map((s) => s.split(/ AS| \(| SELECT/)[0])).toEqual([
      'CREATE OR REPLACE TABLE customer_rfm', 'INSERT INTO customer_rfm BY NAME', 'CREATE OR REPLACE TABLE customer_periods', 'DROP TABLE IF EXISTS __customer_rfm_cuts',
    ]);
  });

  it('prepareOverviewSql(opts, parts) checkpoints after every slice and builds the NTILE table only for rank binning', () => {
    const sql = prepareOverviewSql({ refDate: '2024-01-01' }, 3);
    // The wide customer_rfm rows and customer_periods in twice as many slices as the aggregation.
    expect(sql.filter((s) => s.startsWith('INSERT INTO customer_rfm'))).toHaveLength(6);
    expect(sql.filter((s) => s.startsWith('INSERT INTO customer_periods'))).toHaveLength(5);
    expect(sql.filter((s) => s === 'CHECKPOINT')).toHaveLength(3 + 1 + 6 + 1 + 6);
    expect(sql.some((s) => s.includes('__overview_ntile'))).toBe(false);
    expect(prepareOverviewSql({ refDate: '2024-01-01', binning: 'rank' }, 3).filter((s) => s.startsWith('CREATE OR REPLACE TABLE __overview_ntile'))).toHaveLength(1);
  });
});
