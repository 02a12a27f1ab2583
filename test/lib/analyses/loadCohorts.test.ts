import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadCohorts } from '../../../src/lib/analyses/loadCohorts';
import { cohortCurveFromPeriodsSql } from '../../../src/lib/sql/cohortCurveFromPeriodsSql';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { cohortsFromPeriodsSql } from '../../../src/lib/sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { layerCakeFromPeriodsSql } from '../../../src/lib/sql/layerCakeFromPeriodsSql';
import { layerCakeSql } from '../../../src/lib/sql/layerCakeSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';
import { expectClose } from '../../helpers/expectClose';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('loadCohorts on the sample shop', () => {
  let engine: Engine;
  let sent: string[];
  let client: AnalysisEngine;
  let refDate: string;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    refDate = String(engine.query('SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions').getChild('d')?.get(0));
    client = { query: async (sql) => (sent.push(sql), engine.query(sql)), analyze: async () => ({}), customerList: async () => engine.query('SELECT 1') };
  });

  it('loadCohorts() monthly reads customer_periods and gives what the order-level SQL gave', async () => {
    sent = [];
    const now = await loadCohorts(client, 'month');
    expect(sent.some((s) => s.includes('customer_periods'))).toBe(true);
    // Only the repeat figures still group the orders (one statement below 4M rows).
    expect(sent.filter((s) => s.includes('FROM transactions AS t'))).toEqual([repeatStatsSql()]);
    // The same loader with the order-level builders put back in place of the new ones.
    const swap: [string, string][] = [[cohortsFromPeriodsSql(), cohortsSql({})], [cohortCurveFromPeriodsSql(), cohortCurveSql({})], [layerCakeFromPeriodsSql(), layerCakeSql({})]];
    const old: AnalysisEngine = { ...client, query: async (sql) => engine.query(swap.reduce((s, [a, b]) => s.replace(a, b), sql)) };
    const before = await loadCohorts(old, 'month');
    expect(now.cells.length).toBeGreaterThan(500);
    expect(now.cake.length).toBeGreaterThan(500);
    expectClose(now, before);
  });

  it('loadCohorts() weekly or quarterly in customer slices gives what one statement gives, and drops its cells', async () => {
    for (const period of ['week', 'quarter'] as const) {
      sent = [];
      const sliced = await loadCohorts(client, period, { parts: 3, refDate });
      expect(sent.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW __cohort_part'))).toHaveLength(3);
      const whole = await loadCohorts(client, period, { parts: 1, refDate });
      expect(sliced.cells.length).toBeGreaterThan(period === 'week' ? 1000 : 50);
      expectClose(sliced, whole);
    }
    expect(engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '__cohort%'").getChild('n')?.get(0)).toBe(0);
  });
});
