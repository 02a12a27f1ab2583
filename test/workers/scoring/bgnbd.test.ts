import { beforeAll, describe, expect, it } from 'vitest';
import { bgnbd } from '../../../workers/scoring/bgnbd';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import type { Triples } from '../../../workers/scoring/types';
import { cdnowSummary } from './cdnow';
import { simulate } from './simulate';

// Published values: Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", on the
// CDNOW 1/10 sample, calibration weeks 1–39 (to 1997-09-30), same-day orders merged.
const PUBLISHED = { r: 0.2426, alpha: 4.4137, a: 0.793, b: 2.4262 };

describe('bgnbd on CDNOW', () => {
  let s: Awaited<ReturnType<typeof cdnowSummary>>;
  let triples: Triples;
  let fit: ReturnType<typeof bgnbd.fit>;
  beforeAll(async () => {
    s = await cdnowSummary();
    triples = groupTriples(s.x, s.tx, s.T).triples;
    fit = bgnbd.fit(triples);
  });

  it('bgnbd.fit() reproduces the published CDNOW parameters (3 significant digits) and log-likelihood (to 0.1)', () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(fit.params[k].toPrecision(3)).toBe(PUBLISHED[k].toPrecision(3));
    }
    expect(Math.abs(fit.loglik - -9582.43)).toBeLessThan(0.1);
    expect(fit.customers).toBe(2357);
    expect(fit.groups).toBe(triples.x.length);
  });

  it('bgnbd.conditionalExpectedPurchases() gives 1.226 for x = 2, t_x = 30.43, T = 38.86 over 39 weeks', () => {
    expect(bgnbd.conditionalExpectedPurchases(fit.params, 39, 2, 30.43, 38.86).toFixed(3)).toBe('1.226');
  });

  it('bgnbd.expectedPurchases() gives E[X(52)] = 1.444 for a new customer', () => {
    expect(bgnbd.expectedPurchases(fit.params, 52).toFixed(3)).toBe('1.444');
  });

  it('bgnbd.conditionalExpectedPurchases() of a customer with no history equals expectedPurchases()', () => {
    for (const t of [0.5, 10, 52, 200]) {
      expect(bgnbd.conditionalExpectedPurchases(fit.params, t, 0, 0, 0)).toBeCloseTo(bgnbd.expectedPurchases(fit.params, t), 12);
    }
    expect(bgnbd.expectedPurchases(fit.params, 0)).toBe(0);
  });

  it('bgnbd.pAlive() is 1 without repeat purchases and falls with time since the last one', () => {
    expect(bgnbd.pAlive(fit.params, 0, 0, 38.86)).toBe(1);
    const late = bgnbd.pAlive(fit.params, 2, 38, 38.86);
    const early = bgnbd.pAlive(fit.params, 2, 5, 38.86);
    expect(late).toBeGreaterThan(early);
    expect(early).toBeGreaterThan(0);
    expect(late).toBeLessThan(1);
  });

  // A guard against gross errors (a unit slip, a wrong conditional), not a fit statistic: the
  // BG/NBD under-predicts this holdout by about 12% (1653 against 1882 purchase days).
  it('bgnbd.conditionalExpectedPurchases() predicts the CDNOW holdout (weeks 40–78) total within 15%', () => {
    let predicted = 0;
    let actual = 0;
    for (let i = 0; i < s.x.length; i++) {
      predicted += bgnbd.conditionalExpectedPurchases(fit.params, 39, s.x[i], s.tx[i], s.T[i]);
      actual += s.holdout[i];
    }
    console.log(`CDNOW holdout: predicted ${predicted.toFixed(1)}, actual ${actual}`);
    expect(Math.abs(predicted / actual - 1)).toBeLessThan(0.15);
  });

  it('bgnbd.fit() in days gives α × 7, the same r, a, b, and a log-likelihood lower by ln 7 per repeat purchase', async () => {
    const d = await cdnowSummary({ calibrationEnd: '1997-09-30', unit: 'day' });
    const fitDays = bgnbd.fit(groupTriples(d.x, d.tx, d.T).triples);
    expect(fitDays.params.alpha / 7 / fit.params.alpha).toBeCloseTo(1, 5);
    for (const k of ['r', 'a', 'b'] as const) expect(fitDays.params[k] / fit.params[k]).toBeCloseTo(1, 5);
    const repeats = d.x.reduce((a, b) => a + b, 0);
    expect(fitDays.loglik).toBeCloseTo(fit.loglik - repeats * Math.log(7), 4);
  });
});

describe('bgnbd.fit() refusals', () => {
  it('bgnbd.fit() refuses too few repeat customers', () => {
    const { triples } = groupTriples([0, 0, 0, 1, 2, 1], [0, 0, 0, 3, 4, 1], [10, 9, 8, 10, 9, 8]);
    expect(() => bgnbd.fit(triples)).toThrow('cannot fit BG/NBD: only 3 repeat customers (need at least 10)');
  });

  it('bgnbd.fit() refuses data with no variation', () => {
    const n = 50;
    const { triples } = groupTriples(new Array(n).fill(1), new Array(n).fill(2), new Array(n).fill(5));
    expect(() => bgnbd.fit(triples)).toThrow('cannot fit BG/NBD: no variation (all 50 customers have x = 1, t_x = 2, T = 5)');
  });

  it('bgnbd.fit() reports non-convergence at the iteration cap', () => {
    const sim = simulate('bgnbd', { r: 0.5, alpha: 5, a: 1, b: 3 }, 2000, { seed: 5 });
    const { triples } = groupTriples(sim.x, sim.tx, sim.T);
    expect(() => bgnbd.fit(triples, { maxIterations: 2 })).toThrow(/^cannot fit BG\/NBD: no convergence after \d+ iterations \(log-likelihood -\d+\.\d\d\)$/);
  });
});

describe('bgnbd.fit() warm start', () => {
  it('bgnbd.fit() warm-started on a subsample reaches the same optimum as the cold fit', () => {
    const s = simulate('bgnbd', { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, 4000, { seed: 11, days: true });
    const { triples } = groupTriples(s.x, s.tx, s.T);
    const cold = bgnbd.fit(triples, { warmStart: Infinity });
    const warm = bgnbd.fit(triples, { warmStart: 300 });
    expect(triples.x.length).toBeGreaterThan(300);
    expect(warm.loglik).toBeCloseTo(cold.loglik, 6);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(warm.params[k]).toBeCloseTo(cold.params[k], 4);
  });
});
