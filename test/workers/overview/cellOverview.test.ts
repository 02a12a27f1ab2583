import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { cellOverview } from '../../../workers/overview/cellOverview';
import { cellWhereSql } from '../../../workers/overview/cellWhereSql';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { prepareSelectionCells } from '../../../workers/overview/prepareSelectionCells';
import type { SelectionCells } from '../../../workers/overview/SelectionCells';
import { num } from '../../../workers/analyses/num';
import { generatedTransactionsSql } from '../../helpers/generatedTransactions';

describe('cellOverview()', () => {
  let engine: Engine;
  let cells: SelectionCells;
  const one = (sql: string) => num(engine.query(sql).getChild('n')?.get(0));
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(800));
    for (const sql of prepareOverviewSql()) engine.exec(sql);
    cells = prepareSelectionCells(engine);
  });

  it('cellOverview() gives a tier selection its own tiers, RF cells and cohort rates, against all customers', () => {
    const o = cellOverview(engine, cellWhereSql({ source: 'pyramid', keys: ['小客户'] }, cells.segmentColumns)!, cells.all, 50);
    const n = one(`SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE tier = '小客户'`);
    expect(n).toBeGreaterThan(0);
    expect(o.customers).toBe(n);
    expect(o.tiers.map((t) => [t.name, t.customers])).toEqual([['重要客户', 0], ['次要客户', 0], ['普通客户', 0], ['小客户', n]]);
    expect(o.tiers.find((t) => t.name === '小客户')?.customer_share).toBe(1);
    expect(o.grid.reduce((s, c) => s + c.customers, 0)).toBe(n);
    expect(o.grid.map((c) => c.r * 10 + c.f)).toEqual([...o.grid.map((c) => c.r * 10 + c.f)].sort((a, b) => a - b));
    const firstCohort = o.retention[0]!;
    expect(firstCohort.period).toBe(0);
    expect(firstCohort.rate).toBe(1);
    expect(o.retention.every((r) => r.rate > 0 && r.rate <= 1)).toBe(true);
    expect(o.lorenz).toHaveLength(51);
    expect(o.selection?.customer_share).toBeCloseTo(n / one('SELECT count(*)::INTEGER AS n FROM customer_rfm'), 12);
  });

  it('cellOverview() gives zeros, not a failure, for a key nobody has', () => {
    const o = cellOverview(engine, cellWhereSql({ source: 'pyramid', keys: ['no such tier'] }, cells.segmentColumns)!, cells.all, 50);
    expect(o.customers).toBe(0);
    expect(o.tiers.every((t) => t.customers === 0 && t.customer_share === 0)).toBe(true);
    expect(o.grid).toEqual([]);
    expect(o.retention).toEqual([]);
    expect(o.gini).toBe(0);
    expect(o.selection).toEqual({ customers: 0, revenue: 0, customer_share: 0, revenue_share: 0 });
  });
});
