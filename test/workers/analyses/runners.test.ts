import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { runBasket } from '../../../workers/analyses/runBasket';
import { runCohorts } from '../../../workers/analyses/runCohorts';
import { runContribution } from '../../../workers/analyses/runContribution';
import { runLifecycle } from '../../../workers/analyses/runLifecycle';
import { runMatrix } from '../../../workers/analyses/runMatrix';
import { runPyramid } from '../../../workers/analyses/runPyramid';
import { runRfm } from '../../../workers/analyses/runRfm';
import type { Queryable } from '../../../workers/analyses/Queryable';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { createTransactions } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

/** Every leaf is a plain JSON value: finite numbers, strings, booleans, null; no BigInt. */
function expectPlainJson(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return void expect(Number.isFinite(value), path).toBe(true);
  if (Array.isArray(value)) return value.forEach((v, i) => expectPlainJson(v, `${path}[${i}]`));
  expect(typeof value, path).toBe('object');
  expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
  for (const [k, v] of Object.entries(value as object)) expectPlainJson(v, `${path}.${k}`);
}

const ROWS = [
  { customer_id: '001', order_id: 'o1', order_date: '2024-01-05', amount: 30, product: 'Pasta', category: 'Grocery', region: 'North', channel: 'web', margin: 6 },
  { customer_id: '001', order_id: 'o1', order_date: '2024-01-05', amount: 20, product: 'Olive Oil', category: 'Grocery', region: 'North', channel: 'web', margin: 5 },
  { customer_id: '001', order_id: 'o2', order_date: '2024-03-01', amount: 40, product: 'Pasta', category: 'Grocery', region: 'North', channel: 'app', margin: 8 },
  { customer_id: '002', order_id: 'o3', order_date: '2024-02-10', amount: 15, product: 'Olive Oil', category: 'Grocery', region: 'South', channel: 'store', margin: 3 },
  { customer_id: '002', order_id: 'o4', order_date: '2024-02-20', amount: -15, product: 'Olive Oil', category: 'Grocery', region: 'South', channel: 'store', margin: -3 },
  { customer_id: '003', order_id: 'o5', order_date: '2024-03-15', amount: 90, product: 'Tent', category: 'Outdoor', region: null, channel: 'web', margin: 20 },
];

describe('runners', () => {
  let conn: Conn;
  let q: Queryable;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    q = conn;
    createTransactions(conn, ROWS);
    conn.query(`CREATE TABLE survey AS SELECT * FROM (VALUES ('001', '9'), ('002', '3'), ('003', '7')) AS t(customer_id, satisfaction)`);
  });

  it('runRfm() returns exactly the contract keys as plain JSON', () => {
    const rfm = runRfm(q);
    expect(Object.keys(rfm)).toEqual(['ref_date', 'cuts', 'grid', 'segments']);
    expect(rfm.ref_date).toBe('2024-03-16');
    expect(Object.keys(rfm.cuts)).toEqual(['r', 'f', 'm']);
    expect(rfm.cuts.r).toHaveLength(4);
    expect(Object.keys(rfm.grid[0])).toEqual(['r', 'f', 'customers', 'revenue']);
    expect(Object.keys(rfm.segments)).toEqual(['rfm10', 'rf10', 'cn8']);
    expect(Object.keys(rfm.segments.rfm10).at(-1)).toBe('Others');
    expectPlainJson(rfm);
  });

  it('runRfm() reads a prebuilt customer_rfm table instead of rebuilding it', () => {
    conn.query(`CREATE OR REPLACE TABLE customer_rfm AS ${customerRfmSql()}`);
    expect(runRfm(q, { customers: 'customer_rfm' })).toEqual(runRfm(q));
  });

  it('runPyramid() adds margin and margin_share when the data has a margin column', () => {
    const p = runPyramid(q);
    expect(Object.keys(p)).toEqual(['tiers', 'gini', 'top20_revenue_share']);
    expect(Object.keys(p.tiers[0])).toEqual(['name', 'customers', 'revenue', 'customer_share', 'revenue_share', 'margin', 'margin_share']);
    // 3 customers: floor(0.01*3) = 0 in 重要, floor(0.2*3) = 0 in 次要, floor(0.5*3) = 1 in 普通:
    // 001 and 003 both have 90, and the tie goes to the lower customer_id.
    expect(p.tiers.map((t) => t.customers)).toEqual([0, 0, 1, 2]);
    expect(p.tiers[2]).toMatchObject({ name: '普通客户', revenue: 90, margin: 19 });
    expectPlainJson(p);
  });

  it('runCohorts(), runLifecycle(), runMatrix(), runBasket(), runContribution() return the contract shapes', () => {
    const c = runCohorts(q, { period: 'quarter' });
    expect(c.period).toBe('quarter');
    expect(Object.keys(c.retention[0])).toEqual(['cohort', 'period', 'customers', 'rate', 'revenue']);
    expect(c.retention[0]).toEqual({ cohort: '2024-Q1', period: 0, customers: 3, rate: 1, revenue: 180 });
    const l = runLifecycle(q);
    expect(l.stages.map((s) => s.stage)).toEqual(['exploration', 'formation', 'stability', 'decline', 'lost']);
    const m = runMatrix(q, { attitude: { table: 'survey', column: 'satisfaction' } });
    expect(m.value.map((v) => v.cell)).toEqual(['A', 'B', 'C', 'D']);
    expect(m.loyalty!.map((v) => v.cell)).toEqual(['绝对忠诚', '惯性忠诚', '潜在忠诚', '非忠诚']);
    const b = runBasket(q, { minSupport: 0 });
    // 5 orders; Olive Oil in 3, Pasta in 2, both in 1: lift = (1/5) / ((3/5)(2/5)) = 5/6.
    expect(b.pairs).toEqual([{ a: 'Olive Oil', b: 'Pasta', support: 1 / 5, confidence: 1 / 3, lift: 5 / 6 }]);
    const k = runContribution(q);
    expect(Object.keys(k)).toEqual(['region', 'product', 'category', 'channel']);
    // By revenue; lines without a region are listed last under '(missing)'.
    expect(k.region).toEqual([
      { key: 'North', revenue: 90, customers: 1, margin: 19 },
      { key: 'South', revenue: 0, customers: 1, margin: 0 },
      { key: '(missing)', revenue: 90, customers: 1, margin: 20 },
    ]);
    expectPlainJson({ c, l, m, b, k });
  });

  it('runMatrix() returns loyalty null when there is no attitude column', () => {
    expect(runMatrix(q).loyalty).toBeNull();
  });

  it('runners return empty results on an empty transactions table', async () => {
    const { conn: empty } = await openNodeDuckDB();
    createTransactions(empty, []);
    expect(runRfm(empty)).toEqual({
      ref_date: null, cuts: { r: [], f: [], m: [] }, grid: [],
      segments: {
        rfm10: Object.fromEntries(['Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers', "Can't Lose Them", 'At Risk', 'Need Attention', 'About To Sleep', 'Lost', 'Others'].map((s) => [s, 0])),
        rf10: expect.any(Object), cn8: expect.any(Object),
      },
    });
    const p = runPyramid(empty);
    expect(p.tiers.map((t) => t.customers)).toEqual([0, 0, 0, 0]);
    expect(p.gini).toBe(0);
    expect(runCohorts(empty).retention).toEqual([]);
    expect(runBasket(empty).pairs).toEqual([]);
    expect(runContribution(empty)).toEqual({ region: [], product: [], category: [], channel: [] });
  });
});
