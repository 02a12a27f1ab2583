import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { runClv } from '../../../workers/analyses/runClv';
import { bgnbd } from '../../../workers/scoring/bgnbd';
import { clvSummary } from '../../../src/lib/sql/clvSummary';

const SAMPLE = new URL('../../../../shared/data/golden/cdnow_sample.csv', import.meta.url);
const sig = (v: number, digits = 3) => Number(v.toPrecision(digits));

describe('runClv()', () => {
  let engine: Engine;
  let result: ReturnType<typeof runClv>;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    // Through the real import: identical CDNOW lines are separate purchases and must all count.
    const report = await engine.importFile(new File([readFileSync(SAMPLE)], 'cdnow_sample.csv'));
    expect(report.rows_imported).toBe(6919);
    result = runClv(engine, { calibrationEnd: '1997-09-30', unit: 'week' });
  });

  it('runClv() reproduces the published BG/NBD and Pareto/NBD fits on CDNOW after import', () => {
    expect(result.customers).toBe(2357);
    const bg = result.bgnbd as { r: number; alpha: number; a: number; b: number; loglik: number };
    expect([sig(bg.r), sig(bg.alpha), sig(bg.a), sig(bg.b)]).toEqual([0.243, 4.41, 0.793, 2.43]);
    expect(bg.loglik).toBeCloseTo(-9582.43, 1);
    const pn = result.pareto_nbd as { r: number; alpha: number; s: number; beta: number; loglik: number };
    expect([sig(pn.r), sig(pn.alpha), sig(pn.s), sig(pn.beta)]).toEqual([0.553, 10.6, 0.606, 11.7]);
    expect(Math.abs(pn.loglik - -9595.0)).toBeLessThan(0.1);
  });

  it('runClv() reproduces the published Gamma-Gamma fit on the 946 repeat customers', () => {
    const gg = result.gamma_gamma as { p: number; q: number; gamma: number; customers: number };
    expect(gg.customers).toBe(946);
    expect([sig(gg.p), sig(gg.q), sig(gg.gamma, 4)]).toEqual([6.25, 3.74, 15.44]);
  });

  it('runClv() compares predicted with actual holdout purchases by calibration purchases', () => {
    expect(result.holdout.map((h) => h.calibration_purchases)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(result.holdout.reduce((s, h) => s + h.customers, 0)).toBe(2357);
    const actual = result.holdout.reduce((s, h) => s + h.actual * h.customers, 0);
    const [{ n }] = engine.query("SELECT count(*) AS n FROM transactions WHERE order_date > DATE '1997-09-30'").toArray().map((r) => r.toJSON()) as [{ n: number }];
    // Same-day orders are merged in the holdout count as in calibration, so it is at most the row count.
    expect(actual).toBeLessThanOrEqual(n);
    expect(actual).toBeGreaterThan(0.9 * n);
  });

  it('runClv() writes P(alive), expected purchases and CLV per customer', () => {
    const rows = engine.query('SELECT count(*) AS n, min(p_alive) AS lo, max(p_alive) AS hi, sum(clv) AS total FROM customer_clv').toArray().map((r) => r.toJSON());
    expect(rows[0]).toMatchObject({ n: 2357 });
    expect(rows[0]!.lo as number).toBeGreaterThanOrEqual(0);
    expect(rows[0]!.hi as number).toBeLessThanOrEqual(1);
    expect(rows[0]!.total as number).toBeGreaterThan(0);
  });

  it('runClv() writes each customer the P(alive) of their own (x, t_x, T)', () => {
    const bg = result.bgnbd as { r: number; alpha: number; a: number; b: number };
    const rows = engine.query(`SELECT s.customer_id, s.x, s.t_x, s."T", v.p_alive
      FROM (${clvSummary({ calibrationEnd: '1997-09-30' })}) AS s JOIN customer_clv AS v USING (customer_id)
      WHERE s.x > 0 ORDER BY hash(s.customer_id) LIMIT 50`).toArray().map((r) => r.toJSON() as { x: number; t_x: number; T: number; p_alive: number });
    expect(rows.length).toBe(50);
    for (const r of rows) expect(r.p_alive).toBeCloseTo(bgnbd.pAlive(bg, r.x, r.t_x, r.T), 12);
  });

  it('runClv() in customer slices writes the same customers, values and holdout check as in one piece', () => {
    const sliced = runClv(engine, { calibrationEnd: '1997-09-30', unit: 'week', parts: 3, into: 'clv_sliced' });
    expect(sliced.bgnbd).toMatchObject({ r: (result.bgnbd as { r: number }).r, a: (result.bgnbd as { a: number }).a });
    expect(sliced.holdout.map((h) => h.customers)).toEqual(result.holdout.map((h) => h.customers));
    sliced.holdout.forEach((h, i) => expect(h.predicted).toBeCloseTo(result.holdout[i]!.predicted, 12));
    const diff = engine.query(`SELECT count(*) AS n FROM customer_clv AS a FULL JOIN clv_sliced AS b USING (customer_id)
      WHERE a.clv IS DISTINCT FROM b.clv OR a.p_alive IS DISTINCT FROM b.p_alive OR a.expected_purchases IS DISTINCT FROM b.expected_purchases`).toArray()[0]!.toJSON();
    expect(diff).toEqual({ n: 0 });
    const left = engine.query("SELECT table_name AS t FROM duckdb_tables() WHERE table_name LIKE '%clv%' UNION ALL SELECT view_name FROM duckdb_views() WHERE view_name LIKE '%clv%' ORDER BY 1")
      .toArray().map((r) => r.toJSON().t);
    expect(left).toEqual(['clv_sliced', 'customer_clv']);
  });

  it('runClv() leaves no customer table when writing it fails part way', () => {
    let inserts = 0;
    const failing = {
      query: (sql: string) => {
        if (sql.startsWith('INSERT INTO clv_fail') && ++inserts === 2) throw new Error('Out of Memory Error: test');
        return engine.query(sql);
      },
      insertIPC: (bytes: Uint8Array, table: string) => engine.insertIPC(bytes, table),
    };
    expect(() => runClv(failing, { calibrationEnd: '1997-09-30', parts: 4, into: 'clv_fail' })).toThrow('Out of Memory Error: test');
    expect(inserts).toBe(2);
    const left = engine.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN ('clv_fail', '__clv_summary', '__clv_triples')").toArray()[0]!.toJSON();
    expect(left).toEqual({ n: 0 });
  });

  it('runClv() says why a model cannot be fitted instead of failing the rest', async () => {
    const small = await Engine.open(openNodeDuckDB);
    await small.importFile(new File(['customer_id,order_date,amount\nA,2024-01-01,10\nB,2024-01-02,12\nA,2024-02-01,8\n'], 'tiny.csv'));
    const r = runClv(small, {});
    expect((r.bgnbd as { error: string }).error).toMatch(/cannot fit BG\/NBD/);
    expect((r.gamma_gamma as { error: string }).error).toMatch(/cannot fit Gamma-Gamma/);
  });
});
