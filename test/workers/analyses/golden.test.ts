import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { runCohorts } from '../../../workers/analyses/runCohorts';
import { runPyramid } from '../../../workers/analyses/runPyramid';
import { runRfm } from '../../../workers/analyses/runRfm';
import type { Queryable } from '../../../workers/analyses/Queryable';
import { loadTransactions } from '../../helpers/loadTransactions';

// Expected objects from an independent numpy implementation of ANALYSES.md
// (shared/data/golden/README.md): counts exact, revenue to the cent, cuts 1e-6, shares and Gini 1e-9.
const golden = (name: string) => new URL(`../../../../shared/data/golden/${name}`, import.meta.url);

interface Expected {
  rfm: {
    ref_date: string;
    cuts: Record<'r' | 'f' | 'm', number[]>;
    grid: { r: number; f: number; customers: number; revenue: number }[];
    segments: Record<string, Record<string, number>>;
  };
  pyramid: {
    tiers: { name: string; customers: number; revenue: number; customer_share: number; revenue_share: number }[];
    gini: number;
  };
  cohorts: { period: string; retention: { cohort: string; period: number; customers: number; rate: number }[] };
}

const near = (actual: number, expected: number, tol: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);

describe.each(['shop_400', 'cdnow_sample'])('golden %s', (name) => {
  let q: Queryable;
  let exp: Expected;
  beforeAll(async () => {
    const { db, conn } = await openNodeDuckDB();
    loadTransactions(db, conn, golden(`${name}.csv`));
    q = conn;
    exp = JSON.parse(readFileSync(golden(`${name}.expected.json`), 'utf8')) as Expected;
  });

  it('runRfm() matches the reference date, cut points, grid and segment counts', () => {
    const rfm = runRfm(q);
    expect(rfm.ref_date).toBe(exp.rfm.ref_date);
    for (const k of ['r', 'f', 'm'] as const) {
      expect(rfm.cuts[k]).toHaveLength(exp.rfm.cuts[k].length);
      rfm.cuts[k].forEach((c, i) => near(c, exp.rfm.cuts[k][i], 1e-6, `cut ${k}${i + 1}`));
    }
    expect(rfm.grid.map((g) => [g.r, g.f, g.customers])).toEqual(exp.rfm.grid.map((g) => [g.r, g.f, g.customers]));
    rfm.grid.forEach((g, i) => near(g.revenue, exp.rfm.grid[i].revenue, 0.005, `grid ${g.r},${g.f} revenue`));
    for (const [map, counts] of Object.entries(exp.rfm.segments)) expect(rfm.segments[map], map).toEqual(counts);
  });

  it('runPyramid() matches the tiers, their shares and the Gini coefficient', () => {
    const p = runPyramid(q);
    expect(p.tiers.map((t) => [t.name, t.customers])).toEqual(exp.pyramid.tiers.map((t) => [t.name, t.customers]));
    p.tiers.forEach((t, i) => {
      const e = exp.pyramid.tiers[i];
      near(t.revenue, e.revenue, 0.005, `${t.name} revenue`);
      near(t.customer_share, e.customer_share, 1e-9, `${t.name} customer_share`);
      near(t.revenue_share, e.revenue_share, 1e-9, `${t.name} revenue_share`);
    });
    near(p.gini, exp.pyramid.gini, 1e-9, 'gini');
  });

  it('runCohorts() matches the monthly retention counts and rates', () => {
    const c = runCohorts(q);
    expect(c.period).toBe(exp.cohorts.period);
    const key = (r: { cohort: string; period: number; customers: number }) => [r.cohort, r.period, r.customers];
    expect(c.retention.map(key)).toEqual(exp.cohorts.retention.map(key));
    c.retention.forEach((r, i) => near(r.rate, exp.cohorts.retention[i].rate, 1e-9, `${r.cohort}+${r.period} rate`));
  });
});
