import { describe, expect, it } from 'vitest';
import { standardErrors } from '../../../workers/scoring/standardErrors';

describe('standardErrors()', () => {
  it('standardErrors() gives σ/√n for the mean and σ/√(2n) for σ of a normal sample', () => {
    const data = Array.from({ length: 400 }, (_, i) => Math.sin(i * 1.7) * 3 + 10);
    const n = data.length;
    const mu = data.reduce((a, b) => a + b) / n;
    const sigma = Math.sqrt(data.reduce((a, v) => a + (v - mu) ** 2, 0) / n);
    const ll = ([m, s]: readonly number[]) => data.reduce((a, v) => a - Math.log(s) - (v - m) ** 2 / (2 * s * s), 0);
    const [seMu, seSigma] = standardErrors(ll, [mu, sigma]);
    expect(seMu / (sigma / Math.sqrt(n))).toBeCloseTo(1, 5);
    expect(seSigma / (sigma / Math.sqrt(2 * n))).toBeCloseTo(1, 5);
  });

  it('standardErrors() returns NaN away from a maximum', () => {
    expect(standardErrors(([x]) => x * x, [1])[0]).toBeNaN();
  });
});
