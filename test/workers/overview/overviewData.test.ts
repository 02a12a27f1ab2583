import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { overviewData } from '../../../workers/overview/overviewData';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { prepareSelectionCells } from '../../../workers/overview/prepareSelectionCells';
import type { Selection } from '../../../workers/overview/Selection';
import type { SelectionCells } from '../../../workers/overview/SelectionCells';
import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { customerOverviewSql } from '../../../workers/overview/customerOverviewSql';
import { generatedTransactionsSql } from '../../helpers/generatedTransactions';

const GOLDEN = new URL('../../../../shared/data/golden/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('shop_400.expected.json', GOLDEN), 'utf8'));

describe('overviewData()', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    const bytes = readFileSync(new URL('shop_400.csv', GOLDEN));
    const report = await engine.importFile(new File([bytes], 'shop_400.csv'));
    expect(report.outcome).toBe('import');
    for (const sql of prepareOverviewSql()) engine.exec(sql);
  });

  it('overviewData() matches the golden pyramid and Gini after a real import', () => {
    const o = overviewData(engine, null);
    expect(o.customers).toBe(400);
    expect(o.selection).toBeNull();
    expect(o.tiers.map((t) => [t.name, t.customers])).toEqual(expected.pyramid.tiers.map((t: { name: string; customers: number }) => [t.name, t.customers]));
    o.tiers.forEach((t, i) => expect(t.revenue).toBeCloseTo(expected.pyramid.tiers[i].revenue, 2));
    expect(o.gini).toBeCloseTo(expected.pyramid.gini, 9);
    // The top 20% are the first two tiers (1% + 19%), ranked by the same rule.
    expect(o.top20_revenue_share).toBeCloseTo(o.tiers[0]!.revenue_share + o.tiers[1]!.revenue_share, 12);
  });

  it('overviewData() restricts every aggregate to a selected tier', () => {
    const all = overviewData(engine, null);
    const o = overviewData(engine, { source: 'pyramid', keys: ['次要客户'] });
    const tier = all.tiers.find((t) => t.name === '次要客户')!;
    expect(o.customers).toBe(tier.customers);
    expect(o.selection?.customers).toBe(tier.customers);
    expect(o.selection?.customer_share).toBeCloseTo(tier.customers / all.customers, 12);
    expect(o.grid.reduce((s, c) => s + c.customers, 0)).toBe(tier.customers);
    const period0 = o.retention.filter((r) => r.period === 0).reduce((s, r) => s + r.customers, 0);
    expect(period0).toBe(tier.customers);
    expect(o.tiers.filter((t) => t.customers > 0).map((t) => t.name)).toEqual(['次要客户']);
  });

  it('overviewData() selects an RF cell and a cohort', () => {
    const all = overviewData(engine, null);
    const cell = all.grid.find((c) => c.customers > 10)!;
    const byCell = overviewData(engine, { source: 'rfm', keys: [`${cell.r},${cell.f}`] });
    expect(byCell.customers).toBe(cell.customers);
    const cohort = all.retention.find((r) => r.period === 0)!;
    const byCohort = overviewData(engine, { source: 'cohorts', keys: [cohort.cohort] });
    expect(byCohort.customers).toBe(cohort.customers);
    expect(new Set(byCohort.retention.map((r) => r.cohort))).toEqual(new Set([cohort.cohort]));
  });

  it('overviewData() leaves no temporary table behind', () => {
    overviewData(engine, { source: 'pyramid', keys: ['小客户'] });
    expect(engine.tables()).not.toContain('overview_selected');
  });
});

/** Every number of `a` within 1e-9 (relative) of `b`, and the same strings, shapes and lengths. */
function expectSameOverview(a: unknown, b: unknown, path = ''): void {
  if (typeof a === 'number' && typeof b === 'number') {
    expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  } else if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, `${path} length`).toBe(b.length);
    a.forEach((x, i) => expectSameOverview(x, b[i], `${path}[${i}]`));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(a)) expectSameOverview((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else {
    expect(a, path).toEqual(b);
  }
}

describe('overviewData() on the selection cells', () => {
  let engine: Engine;
  let cells: SelectionCells;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(3000));
    for (const sql of prepareOverviewSql()) engine.exec(sql);
    cells = prepareSelectionCells(engine);
  });

  const selections: Selection[] = [
    { source: 'pyramid', keys: ['次要客户'] },
    { source: 'pyramid', keys: ['重要客户', '小客户'] },
    { source: 'rfm', keys: ['5,1'] },
    { source: 'rfm', keys: ['1,1', '3,2', '5,5'] },
    { source: 'cohorts', keys: ['2023-01'] },
    { source: 'cohorts', keys: ['2023-03', '2024-06', '2024-12'] },
    { source: 'segment', column: 'segment_rfm10', keys: ["Can't Lose Them", 'Champions'] },
    { source: 'segment', column: 'segment_cn8', keys: ['重要保持客户'] },
    { source: 'segment', column: 'segment_rf10', keys: ['new', 'hibernating'] },
    { source: 'pyramid', keys: ['no such tier'] },
  ];

  it('overviewData() gives the same overview from the cells as from the customer rows, for every cell source', () => {
    let nonEmpty = 0;
    for (const sel of selections) {
      const slow = overviewData(engine, sel);
      const fast = overviewData(engine, sel, cells);
      expectSameOverview(fast, slow, JSON.stringify(sel));
      if (slow.customers > 0) nonEmpty++;
    }
    // The comparison is only worth something if the selections select someone.
    expect(nonEmpty).toBeGreaterThanOrEqual(selections.length - 1);
  });

  it('overviewData() for all customers gives the Lorenz points, Gini and top-20% share of the SQL queries', () => {
    const sql = customerOverviewSql('customer_rfm', 200);
    const l = readColumns(engine.query(sql.lorenz), ['customer_share', 'value_share']);
    const expected = {
      lorenz: l.customer_share.map((x, i) => ({ customer_share: num(x), revenue_share: num(l.value_share[i]) })),
      gini: num(engine.query(sql.gini).getChild('g')?.get(0)),
      top20_revenue_share: num(engine.query(sql.top).getChild('revenue_share')?.get(0)),
    };
    const o = overviewData(engine, null, cells);
    expect(o.lorenz.length).toBe(201);
    expect(expected.gini).toBeGreaterThan(0.1);
    expectSameOverview({ lorenz: o.lorenz, gini: o.gini, top20_revenue_share: o.top20_revenue_share }, expected);
    // Retention for everyone reads customer_periods whole: the same rows as filtering by customer_rfm.
    engine.exec('CREATE OR REPLACE TEMP VIEW everyone AS SELECT * FROM customer_rfm');
    const filtered = readColumns(engine.query(customerOverviewSql('everyone', 200).retention), ['cohort', 'period', 'customers', 'rate', 'revenue']);
    expectSameOverview(o.retention, filtered.cohort.map((cohort, i) => ({
      cohort: String(cohort), period: num(filtered.period[i]), customers: num(filtered.customers[i]), rate: num(filtered.rate[i]), revenue: num(filtered.revenue[i]),
    })));
    expect(o.retention.length).toBeGreaterThan(10);
    engine.exec('DROP VIEW everyone');
  });

  it('overviewData() with cells follows a segment map edited after the cells were built (the rule editor rewrites segment_<map>)', () => {
    engine.exec(`ALTER TABLE customer_rfm ADD COLUMN IF NOT EXISTS segment_probe VARCHAR`);
    // Retyped as it is rewritten, as applySegmentMapSql does: the column's ENUM has no 'Edited'.
    engine.exec(`ALTER TABLE customer_rfm ALTER COLUMN segment_rfm10 SET DATA TYPE VARCHAR USING CASE WHEN r >= 4 THEN 'Edited' ELSE segment_rfm10 END`);
    const sel: Selection = { source: 'segment', column: 'segment_rfm10', keys: ['Edited'] };
    const o = overviewData(engine, sel, cells);
    const n = num(engine.query('SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE r >= 4').getChild('n')?.get(0));
    expect(n).toBeGreaterThan(0);
    expect(o.customers).toBe(n);
    expectSameOverview(o, overviewData(engine, sel));
  });

  it('overviewData() with cells still reads the customer rows for a source that is not a cell key', () => {
    engine.exec(`CREATE OR REPLACE TABLE customer_stage AS SELECT customer_id, CASE WHEN frequency = 1 THEN 'new' ELSE 'active' END AS stage FROM customer_rfm`);
    const sel: Selection = { source: 'stage', keys: ['new'] };
    const o = overviewData(engine, sel, cells);
    expect(o.customers).toBe(num(engine.query('SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE frequency = 1').getChild('n')?.get(0)));
    expectSameOverview(o, overviewData(engine, sel));
    expect(engine.tables()).not.toContain('overview_selected');
  });
});
