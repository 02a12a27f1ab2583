import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { overviewData } from '../../../workers/overview/overviewData';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';

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
