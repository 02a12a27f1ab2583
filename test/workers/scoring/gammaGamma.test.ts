import { beforeAll, describe, expect, it } from 'vitest';
import { gammaGamma } from '../../../workers/scoring/gammaGamma';
import { cdnowSummary } from './cdnow';

// Published values: Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value",
// http://brucehardie.com/notes/025/, on the 946 CDNOW sample customers with repeat purchases.
const PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('gammaGamma on CDNOW', () => {
  let fit: ReturnType<typeof gammaGamma.fit>;
  beforeAll(async () => {
    const s = await cdnowSummary();
    fit = gammaGamma.fit(s.x, s.m);
  });

  it('gammaGamma.fit() reproduces the published p, q, gamma on the 946 repeat customers', () => {
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toBe(0);
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(fit.params[k].toPrecision(3)).toBe(PUBLISHED[k].toPrecision(3));
    }
  });

  it('gammaGamma.expectedSpend() is p(γ + x mbar)/(px + q - 1), between the population mean and mbar', () => {
    const { p, q, gamma } = fit.params;
    const population = (p * gamma) / (q - 1);
    expect(gammaGamma.expectedSpend(fit.params, 0, NaN)).toBeCloseTo(population, 12);
    expect(gammaGamma.expectedSpend(fit.params, 4, 80)).toBeCloseTo((p * (gamma + 4 * 80)) / (p * 4 + q - 1), 12);
    // More purchases, more weight on the customer's own mean.
    const few = gammaGamma.expectedSpend(fit.params, 1, 80);
    const many = gammaGamma.expectedSpend(fit.params, 20, 80);
    expect(population).toBeLessThan(few);
    expect(few).toBeLessThan(many);
    expect(many).toBeLessThan(80);
  });
});

describe('gammaGamma likelihood and refusals', () => {
  it('gammaGamma.logLikelihood() is a density in mbar: it integrates to 1 for each x', () => {
    const params = { p: 6.25, q: 3.74, gamma: 15.44 };
    for (const x of [1, 3]) {
      // Trapezoid rule on a log grid over (1e-3, 1e5).
      let total = 0;
      let prev = 0;
      let prevM = 0;
      for (let k = 0; k <= 20000; k++) {
        const m = 1e-3 * Math.pow(1e8, k / 20000);
        const f = Math.exp(gammaGamma.logLikelihood(params, [x], [m]));
        if (k > 0) total += ((f + prev) / 2) * (m - prevM);
        prev = f;
        prevM = m;
      }
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it('gammaGamma.fit() skips and counts non-positive mean values', async () => {
    const s = await cdnowSummary();
    const m = s.m.slice();
    let spoiled = 0;
    for (let i = 0; i < m.length && spoiled < 3; i++) if (s.x[i] > 0) m[i] = [-5, 0, Infinity][spoiled++];
    const fit = gammaGamma.fit(s.x, m);
    expect(fit.excluded).toBe(3);
    expect(fit.customers).toBe(943);
  });

  it('gammaGamma.fit() refuses too few repeat customers', () => {
    expect(() => gammaGamma.fit([1, 2, 0, 3], [10, 12, NaN, -1])).toThrow(
      'cannot fit Gamma-Gamma: only 2 repeat customers with a positive mean value (need at least 10)',
    );
  });

  it('gammaGamma.fit() refuses identical mean values', () => {
    expect(() => gammaGamma.fit(new Array(20).fill(2), new Array(20).fill(25))).toThrow(
      'cannot fit Gamma-Gamma: no variation (all 20 repeat customers have mean value 25)',
    );
  });

  it('gammaGamma.expectedSpend() refuses an infinite mean (q <= 1 and no purchases)', () => {
    expect(() => gammaGamma.expectedSpend({ p: 2, q: 0.8, gamma: 10 }, 0, NaN)).toThrow('Gamma-Gamma mean spend is infinite for x = 0');
    expect(gammaGamma.expectedSpend({ p: 2, q: 0.8, gamma: 10 }, 1, 20)).toBeCloseTo((2 * 30) / 1.8, 12);
  });
});
