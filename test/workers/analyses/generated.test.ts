import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { runBasket } from '../../../workers/analyses/runBasket';
import { runLifecycle } from '../../../workers/analyses/runLifecycle';
import { runMatrix } from '../../../workers/analyses/runMatrix';
import { runPyramid } from '../../../workers/analyses/runPyramid';
import { runRfm } from '../../../workers/analyses/runRfm';
import type { Queryable } from '../../../workers/analyses/Queryable';
import { readColumns } from '../../../workers/analyses/readColumns';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { loadTransactions } from '../../helpers/loadTransactions';

// Line-item data with planted basket pairs and a truth file (shared/tools/README.md), made at test
// time so nothing generated is committed.
const GEN = fileURLToPath(new URL('../../../../shared/tools/gen-transactions.mjs', import.meta.url));

describe('on generated line-item data (3000 customers, seed 5)', () => {
  let q: Queryable;
  let dir: string;
  let truth: string[];
  let customers: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'segbook-gen-'));
    const out = join(dir, 'tx.csv');
    const truthFile = join(dir, 'truth.csv');
    execFileSync(process.execPath, [GEN, '--customers', '3000', '--lines', '--seed', '5', '--out', out, '--truth', truthFile, '--quiet'], { stdio: 'pipe' });
    truth = readFileSync(truthFile, 'utf8').trimEnd().split('\n');
    const { db, conn } = await openNodeDuckDB();
    loadTransactions(db, conn, out);
    q = conn;
    customers = truth.length - 2;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runBasket() puts the planted pairs on top by lift', () => {
    const planted = /basket_pairs=(.*)$/.exec(truth[0])![1].split(';').map((p) => p.split('|').sort().join('|'));
    expect(planted.length).toBeGreaterThan(0);
    const { pairs } = runBasket(q);
    const top = pairs.slice(0, planted.length).map((p) => [p.a, p.b].sort().join('|'));
    expect(new Set(top)).toEqual(new Set(planted));
    expect(pairs[planted.length].lift).toBeLessThan(Math.min(...pairs.slice(0, planted.length).map((p) => p.lift)));
  });

  it('customerBaseSql() gives each customer the revenue in the truth file, to the cent', () => {
    const t = readColumns(q.query(`SELECT customer_id, revenue FROM (${customerBaseSql()}) ORDER BY customer_id`), ['customer_id', 'revenue']);
    const expected = new Map(truth.slice(2).map((l) => l.split(',')).map((f) => [f[0], Number(f[6])]));
    expect(t.customer_id).toHaveLength(expected.size);
    t.customer_id.forEach((id, i) => expect(Math.abs(Number(t.revenue[i]) - expected.get(String(id))!)).toBeLessThan(0.005));
  });

  it('runRfm() segment counts add up to the customer count in every map', () => {
    const { segments, grid } = runRfm(q);
    for (const [map, counts] of Object.entries(segments)) {
      expect(Object.values(counts).reduce((a, b) => a + b, 0), map).toBe(customers);
    }
    expect(grid.reduce((a, g) => a + g.customers, 0)).toBe(customers);
    expect(segments.rfm10.Others / customers).toBeLessThan(0.01);
  });

  it('runPyramid() tier shares of customers and of revenue add up to 1', () => {
    const { tiers, top20_revenue_share } = runPyramid(q);
    expect(tiers.reduce((a, t) => a + t.customer_share, 0)).toBeCloseTo(1, 12);
    expect(tiers.reduce((a, t) => a + t.revenue_share, 0)).toBeCloseTo(1, 12);
    expect(top20_revenue_share).toBeCloseTo(tiers[0].revenue_share + tiers[1].revenue_share, 12);
  });

  it('runLifecycle() and runMatrix() place every customer exactly once', () => {
    expect(runLifecycle(q).stages.reduce((a, s) => a + s.customers, 0)).toBe(customers);
    expect(runMatrix(q).value.reduce((a, c) => a + c.customers, 0)).toBe(customers);
  });
});
