import { beforeAll, describe, expect, it } from 'vitest';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import { paretoNbd } from '../../../workers/scoring/paretoNbd';
import { standardErrors } from '../../../workers/scoring/standardErrors';
import type { ParetoNbdParams, Triples } from '../../../workers/scoring/types';
import { cdnowSummary } from './cdnow';
import { simulate } from './simulate';

// Published values: Fader & Hardie, "A Note on Deriving the Pareto/NBD Model and Related
// Expressions" (2005) and Fader, Hardie & Lee (2005), CDNOW 1/10 sample, weeks 1–39.
const PUBLISHED = { r: 0.553, alpha: 10.58, s: 0.606, beta: 11.67 };

describe('paretoNbd on CDNOW', () => {
  let triples: Triples;
  let fit: ReturnType<typeof paretoNbd.fit>;
  beforeAll(async () => {
    const s = await cdnowSummary();
    triples = groupTriples(s.x, s.tx, s.T).triples;
    fit = paretoNbd.fit(triples);
  });

  it('paretoNbd.fit() reproduces the published CDNOW parameters (3 significant digits) and log-likelihood (to 0.1)', () => {
    for (const k of ['r', 'alpha', 's', 'beta'] as const) {
      expect(fit.params[k].toPrecision(3)).toBe(PUBLISHED[k].toPrecision(3));
    }
    expect(Math.abs(fit.loglik - -9595.0)).toBeLessThan(0.1);
  });

  it('paretoNbd.conditionalExpectedPurchases() of a customer with no history equals expectedPurchases()', () => {
    for (const t of [1, 39, 52, 300]) {
      expect(paretoNbd.conditionalExpectedPurchases(fit.params, t, 0, 0, 0)).toBeCloseTo(paretoNbd.expectedPurchases(fit.params, t), 12);
    }
  });

  it('paretoNbd.pAlive() is 1 when the last purchase is at T and falls as it recedes', () => {
    expect(paretoNbd.pAlive(fit.params, 2, 38.86, 38.86)).toBe(1);
    const values = [30, 20, 10, 1].map((tx) => paretoNbd.pAlive(fit.params, 2, tx, 38.86));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
    expect(values[3]).toBeGreaterThan(0);
  });
});

describe('paretoNbd expressions', () => {
  const p: ParetoNbdParams = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };

  it('paretoNbd.pAlive() agrees with P(alive) computed by quadrature, on both sides of alpha = beta', () => {
    for (const q of [p, { ...p, alpha: 30 }]) {
      const { r, alpha, s, beta } = q;
      const x = 3;
      const tx = 12;
      const T = 38;
      // P(alive) = alive / (alive + ∫_{t_x}^T death density), the common factor cancelling.
      const f = (t: number) => s * Math.pow(alpha + t, -(r + x)) * Math.pow(beta + t, -(s + 1));
      let dead = 0;
      const n = 4000;
      const h = (T - tx) / n;
      for (let k = 0; k <= n; k++) dead += f(tx + k * h) * (k === 0 || k === n ? 1 : k % 2 ? 4 : 2);
      dead *= h / 3;
      const alive = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
      expect(paretoNbd.pAlive(q, x, tx, T)).toBeCloseTo(alive / (alive + dead), 9);
    }
  });

  it('paretoNbd.expectedPurchases() is continuous through s = 1', () => {
    const at1 = paretoNbd.expectedPurchases({ ...p, s: 1 }, 52);
    expect(paretoNbd.expectedPurchases({ ...p, s: 1 + 1e-7 }, 52)).toBeCloseTo(at1, 6);
    expect(paretoNbd.expectedPurchases({ ...p, s: 1 - 1e-7 }, 52)).toBeCloseTo(at1, 6);
    // s = 1: r β/α ln(1 + t/β).
    expect(at1).toBeCloseTo(((p.r * p.beta) / p.alpha) * Math.log1p(52 / p.beta), 12);
  });
});

describe('paretoNbd.fit() on simulated customers', () => {
  // 20,000 customers in continuous time from known parameters; 4 standard errors from the observed
  // information as the band (a correct fitter misses it once in ~16,000 parameters).
  it('paretoNbd.fit() recovers planted r, alpha, s, beta within 4 standard errors', () => {
    const planted = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
    const sim = simulate('pareto', planted, 20_000, { seed: 21, maxT: 78 });
    const { triples } = groupTriples(sim.x, sim.tx, sim.T);
    const fit = paretoNbd.fit(triples);
    const est = [fit.params.r, fit.params.alpha, fit.params.s, fit.params.beta];
    const se = standardErrors(([r, alpha, s, beta]) => paretoNbd.logLikelihood({ r, alpha, s, beta }, triples), est);
    const truth = [planted.r, planted.alpha, planted.s, planted.beta];
    console.log('Pareto/NBD recovery', est.map((v, i) => `${v.toFixed(3)} ± ${se[i].toFixed(3)} (planted ${truth[i]})`));
    est.forEach((v, i) => expect(Math.abs(v - truth[i])).toBeLessThan(4 * se[i]));
  });

  it('paretoNbd.fit() refuses too few repeat customers', () => {
    const { triples } = groupTriples([0, 0, 1], [0, 0, 1], [5, 6, 7]);
    expect(() => paretoNbd.fit(triples)).toThrow('cannot fit Pareto/NBD: only 1 repeat customer (need at least 10)');
  });
});

describe('paretoNbd.fit() warm start', () => {
  it('paretoNbd.fit() warm-started on a subsample reaches the same optimum as the cold fit', () => {
    const s = simulate('pareto', { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 }, 4000, { seed: 12, days: true });
    const { triples } = groupTriples(s.x, s.tx, s.T);
    const cold = paretoNbd.fit(triples, { warmStart: Infinity });
    const warm = paretoNbd.fit(triples, { warmStart: 300 });
    expect(triples.x.length).toBeGreaterThan(300);
    expect(warm.loglik).toBeCloseTo(cold.loglik, 6);
    for (const k of ['r', 'alpha', 's', 'beta'] as const) expect(warm.params[k]).toBeCloseTo(cold.params[k], 3);
  });
});
