import { beforeAll, describe, expect, it } from 'vitest';
import { analysisSql } from '../../../../src/lib/app/notebook/analysisSql';
import { ANALYSIS_FIELDS, ANALYSIS_KINDS } from '../../../../src/lib/app/notebook/analysisFields';
import { tolerantAnalysisSql } from '../../../../src/lib/app/notebook/runPlan';
import { cellGraph } from '../../../../src/lib/notebook/cellGraph';
import { overviewNotebook } from '../../../../src/lib/notebook/overviewNotebook';
import { runCells } from '../../../../src/lib/notebook/runCells';
import type { AnalysisCell, AnalysisKind, JsonValue } from '../../../../src/lib/notebook/types';
import { basketPairsSql } from '../../../../src/lib/sql/basketPairsSql';
import { clvSummary } from '../../../../src/lib/sql/clvSummary';
import { cohortsFromPeriodsSql } from '../../../../src/lib/sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../../../src/lib/sql/cohortsSql';
import { contributionSql } from '../../../../src/lib/sql/contributionSql';
import { customerRfmReadSql } from '../../../../src/lib/sql/customerRfmReadSql';
import { customerRfmSql } from '../../../../src/lib/sql/customerRfmSql';
import { lifecycleSql } from '../../../../src/lib/sql/lifecycleSql';
import { lifecycleStagesSql } from '../../../../src/lib/sql/lifecycleStagesSql';
import { platinumTierSet } from '../../../../src/lib/sql/platinumTierSet';
import { pyramidTiersSql } from '../../../../src/lib/sql/pyramidTiersSql';
import { valueMatrixSql } from '../../../../src/lib/sql/valueMatrixSql';
import { withCteSql } from '../../../../src/lib/sql/withCteSql';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../../workers/overview/prepareOverviewSql';
import { expectClose } from '../../../helpers/expectClose';
import { loadTransactions, queryRows } from '../../../helpers/loadTransactions';

const SHOP = new URL('../../../../../shared/data/golden/shop_400.csv', import.meta.url);
const cell = (analysis: AnalysisKind, options: { [k: string]: JsonValue } = {}, name: string = analysis): AnalysisCell => ({ id: `id-${name}`, kind: 'analysis', name, analysis, options });

describe('analysisSql as text', () => {
  it('analysisSql() of rfm, cohorts, matrix, basket and contribution is the builder with the same options', () => {
    expect(analysisSql(cell('rfm'))).toBe(customerRfmSql({}));
    expect(analysisSql(cell('rfm', { bins: 3, monetary: 'mean', binning: 'rank', refDate: '2024-01-01' }))).toBe(
      customerRfmSql({ bins: 3, monetary: 'mean', binning: 'rank', refDate: '2024-01-01' }),
    );
    expect(analysisSql(cell('cohorts', { period: 'quarter', from: '2023-01-01' }))).toBe(cohortsSql({ period: 'quarter', from: '2023-01-01' }));
    expect(analysisSql(cell('matrix', { trendDays: 90, split: 0.8 }))).toBe(valueMatrixSql({ trendDays: 90, split: 0.8 }));
    expect(analysisSql(cell('basket', { level: 'category', minSupport: 0.01, limit: 20 }))).toBe(basketPairsSql({ level: 'category', minSupport: 0.01, limit: 20 }));
    expect(analysisSql(cell('contribution'))).toBe(contributionSql({ dimension: 'region' }));
    expect(analysisSql(cell('contribution', { dimension: 'channel' }))).toBe(contributionSql({ dimension: 'channel' }));
  });

  it('analysisSql() of pyramid and lifecycle puts the per-customer SQL under the name the summary reads', () => {
    expect(analysisSql(cell('pyramid', { tiers: 'platinum' }))).toBe(
      withCteSql({ customer_rfm: customerRfmSql({ tiers: platinumTierSet }) }, pyramidTiersSql({ tiers: platinumTierSet })),
    );
    expect(analysisSql(cell('lifecycle', { windowDays: 90, lostDays: 400 }))).toBe(
      withCteSql({ customer_lifecycle: lifecycleSql({ windowDays: 90, lostDays: 400 }) }, lifecycleStagesSql()),
    );
  });

  it('analysisSql() of clv is the per-customer summary the models are fitted on', () => {
    expect(analysisSql(cell('clv', { calibrationEnd: '2024-06-30', unit: 'month' }))).toBe(clvSummary({ calibrationEnd: '2024-06-30', unit: 'month' }));
    expect(() => analysisSql(cell('clv'))).toThrow('options.calibrationEnd: missing (expected a date as YYYY-MM-DD)');
  });

  it('analysisSql() takes the notebook reference date unless the cell sets its own, and a table name', () => {
    expect(analysisSql(cell('cohorts'), { refDate: '2024-03-01' })).toBe(cohortsSql({ refDate: '2024-03-01' }));
    expect(analysisSql(cell('cohorts', { refDate: '2024-05-01' }), { refDate: '2024-03-01' })).toBe(cohortsSql({ refDate: '2024-05-01' }));
    expect(analysisSql(cell('rfm', { table: 'recent_orders' }))).toContain('FROM recent_orders');
    // Numbers chosen in a <select> arrive as text.
    expect(analysisSql(cell('rfm', { bins: '4' }))).toBe(customerRfmSql({ bins: 4 }));
    // Empty fields mean the default.
    expect(analysisSql(cell('rfm', { refDate: '', bins: null }))).toBe(customerRfmSql({}));
  });

  it('analysisSql() names the bad option', () => {
    expect(() => analysisSql(cell('rfm', { bins: 7 }))).toThrow('options.bins: 7 (expected 3, 4, 5 or 10)');
    expect(() => analysisSql(cell('cohorts', { period: 'year' }))).toThrow('options.period: "year" (expected month, week, quarter)');
    expect(() => analysisSql(cell('cohorts', { refDate: '1/2/2024' }))).toThrow('options.refDate: "1/2/2024" (expected a date as YYYY-MM-DD)');
    expect(() => analysisSql(cell('rfm', { table: 'x; DROP TABLE t' }))).toThrow('options.table');
    expect(() => analysisSql(cell('matrix', { split: 2 }))).toThrow('options.split: 2');
  });

  it('ANALYSIS_FIELDS lists a form for every kind, and its choices are accepted', () => {
    expect(Object.keys(ANALYSIS_FIELDS).sort()).toEqual([...ANALYSIS_KINDS].sort());
    for (const kind of ANALYSIS_KINDS) {
      for (const f of ANALYSIS_FIELDS[kind]) {
        for (const choice of f.choices ?? []) {
          const opts = { [f.key]: /^\d/.test(choice) ? Number(choice) : choice, ...(kind === 'clv' ? { calibrationEnd: '2024-01-01' } : {}) };
          expect(() => analysisSql(cell(kind, opts)), `${kind}.${f.key}=${choice}`).not.toThrow();
        }
      }
    }
  });

  it('tolerantAnalysisSql() keeps a bad cell out of the graph and its message by cell id', () => {
    const { sqlOf, errors } = tolerantAnalysisSql();
    const bad = cell('rfm', { bins: 7 }, 'bad');
    const graph = cellGraph([bad, { id: 'r', kind: 'sql', name: 'r', sql: 'SELECT * FROM bad' }], sqlOf);
    expect(graph.problems).toEqual([]);
    expect(graph.reads.get('r')).toEqual(['id-bad']);
    expect(errors.get('id-bad')).toBe('cell bad: options.bins: 7 (expected 3, 4, 5 or 10)');
  });
});

describe('analysisSql on DuckDB (shop_400)', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    const d = await openNodeDuckDB();
    conn = d.conn;
    loadTransactions(d.db, d.conn, SHOP);
  });

  const kinds: [AnalysisKind, { [k: string]: JsonValue }][] = [
    ['rfm', {}], ['pyramid', {}], ['cohorts', {}], ['lifecycle', {}], ['matrix', {}],
    ['basket', { level: 'category', minSupport: 0 }], ['contribution', {}], ['clv', { calibrationEnd: '2024-06-30' }],
  ];
  it.each(kinds)('analysisSql(%s) defines a view that answers rows', (kind, options) => {
    const c = cell(kind, options);
    conn.query(`CREATE OR REPLACE VIEW "${c.name}" AS ${analysisSql(c)}`);
    const n = Number(queryRows(conn, `SELECT count(*) AS n FROM "${c.name}"`)[0].n);
    // shop_400 has one line per order, so no basket holds a pair.
    if (kind === 'basket') expect(n).toBe(0);
    else expect(n).toBeGreaterThan(0);
  });

  it('the pyramid cell lists the four tiers and every customer once', () => {
    const rows = queryRows(conn, `SELECT tier, customers FROM (${analysisSql(cell('pyramid'))})`);
    expect(rows.map((r) => r.tier)).toEqual(['重要客户', '次要客户', '普通客户', '小客户']);
    const total = queryRows(conn, 'SELECT count(DISTINCT customer_id) AS n FROM transactions')[0].n;
    expect(rows.reduce((s, r) => s + Number(r.customers), 0)).toBe(total);
  });

  it('analysisSql() with overviewTables reads the tables prepareOverview built when the options are theirs: the same rows', () => {
    for (const sql of prepareOverviewSql()) conn.query(sql);
    const page = { overviewTables: true };
    expect(analysisSql(cell('rfm'), page)).toBe(customerRfmReadSql());
    expect(analysisSql(cell('pyramid'), page)).toBe(pyramidTiersSql({}));
    expect(analysisSql(cell('cohorts'), page)).toBe(cohortsFromPeriodsSql());
    expect(analysisSql(cell('cohorts', { period: 'month' }), page)).toBe(cohortsFromPeriodsSql());
    // Cohort revenue adds per-customer sums instead of orders: equal up to float rounding.
    expectClose(queryRows(conn, analysisSql(cell('cohorts'), page)), queryRows(conn, analysisSql(cell('cohorts'))));
    for (const kind of ['rfm', 'pyramid'] as const) {
      const full = analysisSql(cell(kind));
      const read = analysisSql(cell(kind), page);
      expect(read).not.toContain('transactions');
      expect(queryRows(conn, `SELECT count(*) AS n FROM ((${full}) EXCEPT ALL (${read}))`)[0].n).toBe(0);
      expect(queryRows(conn, `SELECT count(*) AS n FROM ((${read}) EXCEPT ALL (${full}))`)[0].n).toBe(0);
    }
    // Any option of its own, or a notebook reference date, computes the cell from the orders.
    expect(analysisSql(cell('rfm', { bins: 3 }), page)).toBe(customerRfmSql({ bins: 3 }));
    expect(analysisSql(cell('rfm'), { ...page, refDate: '2024-06-30' })).toBe(customerRfmSql({ refDate: '2024-06-30' }));
    expect(analysisSql(cell('pyramid', { tiers: 'platinum' }), page)).toContain('transactions');
    expect(analysisSql(cell('cohorts', { period: 'week' }), page)).toBe(cohortsSql({ period: 'week' }));
    expect(analysisSql(cell('cohorts', { from: '2024-01-01' }), page)).toBe(cohortsSql({ from: '2024-01-01' }));
  });

  it('the overview notebook runs with its analysis cells through runCells', async () => {
    const nb = overviewNotebook('en');
    const { sqlOf } = tolerantAnalysisSql();
    const res = await runCells(nb.cells, cellGraph(nb.cells, sqlOf).order, async (sql) => void conn.query(sql), undefined, { analysisSql: sqlOf });
    expect(Object.entries(res).filter(([, r]) => r.status !== 'ok')).toEqual([]);
    expect(queryRows(conn, 'SELECT count(*) AS n FROM pyramid')[0].n).toBe(4);
  });
});
