import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { readColumns } from '../../../workers/analyses/readColumns';
import type { AnalysisEngine } from '../../../src/lib/analyses/types';
import { loadPyramid, loadTopShare } from '../../../src/lib/analyses/loadPyramid';
import { loadCohorts } from '../../../src/lib/analyses/loadCohorts';
import { cnTierSet } from '../../../src/lib/sql/cnTierSet';
import { pyramidSql } from '../../../src/lib/sql/pyramidSql';
import { pyramidTiersSql } from '../../../src/lib/sql/pyramidTiersSql';
import { giniSql } from '../../../src/lib/sql/giniSql';
import { topShareSql } from '../../../src/lib/sql/topShareSql';

const SHOP = new URL('../../../public/samples/shop.csv', import.meta.url);

describe('the pyramid and cohort views\' loaders on the sample shop (5,000 customers)', () => {
  let client: AnalysisEngine;
  const one = async (sql: string) => Number(readColumns(await client.query(sql), ['v']).v[0]);
  beforeAll(async () => {
    const engine = await Engine.open(openNodeDuckDB);
    expect((await engine.importFile(new File([readFileSync(SHOP)], 'shop.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    client = { query: async (sql) => engine.query(sql), analyze: async (req) => engine.analyze(req), customerList: async () => { throw new Error('not used'); } };
  });

  it('loadPyramid() cuts the textbook tiers at 1%, 19%, 30%, 50%; loadTopShare() reads the same ranking', async () => {
    const p = await loadPyramid(client, { tiers: cnTierSet, value: 'revenue' });
    expect(p.tiers.map((t) => [t.name, t.customers])).toEqual([['重要客户', 50], ['次要客户', 950], ['普通客户', 1500], ['小客户', 2500]]);
    expect(p.tiers.reduce((a, t) => a + t.revenue_share, 0)).toBeCloseTo(1, 9);
    expect(p.tiers.every((t) => t.margin === null && t.margin_share === null)).toBe(true);
    expect(p.gini).toBeGreaterThan(0);
    expect(p.gini).toBeLessThan(1);
    const top20 = await loadTopShare(client, 0.2);
    expect(top20.customers).toBe(1000);
    expect(top20.revenue_share).toBeCloseTo(p.tiers[0]!.revenue_share + p.tiers[1]!.revenue_share, 12);
    const top = await loadTopShare(client, 0.025);
    expect(top.customers).toBe(125);
    expect(top.revenue_share).toBeCloseTo(await one(`SELECT sum(revenue) / (SELECT sum(revenue) FROM customer_rfm) AS v
      FROM (SELECT revenue FROM customer_rfm ORDER BY revenue DESC, customer_id LIMIT 125)`), 12);
  });

  it('loadPyramid() ranks by the predicted CLV of customer_clv, customers missing there at 0', async () => {
    await client.query(`CREATE OR REPLACE TABLE customer_clv AS SELECT customer_id, frequency * 10.0 AS clv FROM customer_rfm WHERE frequency >= 2`);
    const p = await loadPyramid(client, { tiers: cnTierSet, value: 'clv' });
    expect(p.tiers.map((t) => t.customers)).toEqual([50, 950, 1500, 2500]);
    const top = await loadTopShare(client, 0.01);
    expect(top.value_share).toBeCloseTo(await one(`SELECT sum(clv) / (SELECT sum(clv) FROM customer_clv) AS v
      FROM (SELECT clv FROM customer_clv ORDER BY clv DESC, customer_id LIMIT 50)`), 12);
    await client.query('DROP TABLE customer_clv');
  });

  it('loadPyramid() keeps only the columns it reads in customer_pyramid, with the tiers of the full rows', async () => {
    const tiers = { tiers: [{ name: 'A', share: 0.05 }, { name: 'B', share: 0.35 }, { name: 'C', share: 0.6 }] };
    const p = await loadPyramid(client, { tiers, value: 'revenue' });
    const cols = readColumns(await client.query("SELECT column_name FROM duckdb_columns() WHERE table_name = 'customer_pyramid' ORDER BY column_index"), ['column_name']);
    expect(cols.column_name).toEqual(['customer_id', 'revenue', 'margin', 'value', 'value_rank', 'tier', 'tier_index']);
    // What the view gave when customer_pyramid copied every customer_rfm column.
    await client.query('CREATE OR REPLACE TEMP VIEW wide_base AS SELECT * EXCLUDE (value, value_rank, tier, tier_index) FROM customer_rfm');
    await client.query(`CREATE OR REPLACE TEMP TABLE wide_pyramid AS ${pyramidSql({ source: 'wide_base', tiers })}`);
    const wide = readColumns(await client.query(pyramidTiersSql({ source: 'wide_pyramid', tiers })), ['tier', 'customers', 'revenue']);
    await client.query('DROP TABLE wide_pyramid; DROP VIEW wide_base');
    expect(p.tiers.map((t) => [t.name, t.customers, t.revenue])).toEqual(wide.tier.map((n, i) => [n, wide.customers[i], wide.revenue[i]]));
  });

  it('loadPyramid() with the default tiers and revenue reads customer_rfm\'s ranking in place, as ranking again gives', async () => {
    const edited = { tiers: cnTierSet.tiers.map((t) => ({ ...t })) };
    const inPlace = await loadPyramid(client, { tiers: edited, value: 'revenue' });
    const tables = async () => readColumns(await client.query("SELECT table_name AS t FROM duckdb_tables() WHERE table_name LIKE '%pyramid%'"), ['t']).t;
    expect(await tables()).toEqual([]);
    const top = await loadTopShare(client, 0.3);
    // The same figures from customers ranked again into a temp table.
    await client.query('CREATE OR REPLACE TEMP VIEW again_base AS SELECT customer_id, revenue, margin FROM customer_rfm');
    await client.query(`CREATE OR REPLACE TEMP TABLE again AS ${pyramidSql({ source: 'again_base', tiers: cnTierSet })}`);
    const t = readColumns(await client.query(pyramidTiersSql({ source: 'again', tiers: cnTierSet })), ['tier', 'customers', 'revenue_share']);
    expect(inPlace.tiers.map((x) => [x.name, x.customers, x.revenue_share])).toEqual(t.tier.map((n, i) => [n, t.customers[i], t.revenue_share[i]]));
    expect(inPlace.gini).toBeCloseTo(Number(readColumns(await client.query(giniSql({ source: 'again' })), ['gini']).gini[0]), 12);
    expect(top.revenue_share).toBeCloseTo(Number(readColumns(await client.query(topShareSql({ source: 'again', shares: [0.3] })), ['revenue_share']).revenue_share[0]), 12);
    await client.query('DROP TABLE again; DROP VIEW again_base');
  });

  it('loadPyramid() follows edited cut points', async () => {
    const p = await loadPyramid(client, { tiers: { tiers: [{ name: 'A', share: 0.1 }, { name: 'B', share: 0.4 }, { name: 'C', share: 0.5 }] }, value: 'revenue' });
    expect(p.tiers.map((t) => t.customers)).toEqual([500, 2000, 2500]);
  });

  it('loadCohorts() lists every cohort period with counts, rates, revenue and cumulative revenue per customer', async () => {
    const d = await loadCohorts(client, 'month');
    const zero = d.cells.filter((c) => c.period === 0);
    expect(zero.reduce((a, c) => a + c.customers, 0)).toBe(5000);
    expect(zero.every((c) => c.rate === 1 && c.customers === c.size)).toBe(true);
    const first = d.cells.filter((c) => c.cohort === zero[0]!.cohort);
    expect(first.at(-1)!.cumulative * first[0]!.size).toBeCloseTo(first.reduce((a, c) => a + c.revenue, 0), 6);
    const total = await one('SELECT sum(amount) AS v FROM transactions');
    expect(d.cake.reduce((a, c) => a + c.revenue, 0)).toBeCloseTo(total, 4);
    expect(d.stats.customers).toBe(5000);
    expect(d.stats.repeat_rate).toBeCloseTo(await one('SELECT avg((frequency >= 2)::INTEGER) AS v FROM customer_rfm'), 12);
    expect(d.stats.return_share).toBeGreaterThan(0);
  });

  it('loadCohorts() groups by quarter when asked', async () => {
    const d = await loadCohorts(client, 'quarter');
    expect(d.cells[0]!.cohort).toMatch(/^\d{4}-Q[1-4]$/);
    expect(d.cells.filter((c) => c.period === 0).reduce((a, c) => a + c.size, 0)).toBe(5000);
  });

  it('loadPyramid() gives each tier\'s margin and margin share when the file has a cost column, and ranks by margin on request', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const csv = 'customer_id,order_id,order_date,amount,cost\nA,1,2024-01-05,100,60\nB,2,2024-02-05,80,20\nC,3,2024-03-05,50,50\nD,4,2024-04-05,10,0\n';
    expect((await engine.importFile(new File([csv], 'costs.csv'))).outcome).toBe('import');
    engine.prepareOverview();
    const c: AnalysisEngine = { query: async (sql) => engine.query(sql), analyze: async (req) => engine.analyze(req), customerList: async () => { throw new Error('not used'); } };
    const tiers = { tiers: [{ name: 'T1', share: 0.25 }, { name: 'T2', share: 0.25 }, { name: 'T3', share: 0.5 }] };
    const byRevenue = await loadPyramid(c, { tiers, value: 'revenue' });
    expect(byRevenue.tiers.map((t) => [t.name, t.customers, t.margin])).toEqual([['T1', 1, 40], ['T2', 1, 60], ['T3', 2, 10]]);
    expect(byRevenue.tiers.map((t) => t.margin_share)).toEqual([40 / 110, 60 / 110, 10 / 110]);
    const byMargin = await loadPyramid(c, { tiers, value: 'margin' });
    expect(byMargin.tiers.map((t) => t.margin)).toEqual([60, 40, 10]);
    const top = await loadTopShare(c, 0.25);
    expect(top).toEqual({ share: 0.25, customers: 1, revenue_share: 80 / 240, value_share: 60 / 110 });
  });
});
