import { describe, expect, it } from 'vitest';
import { lgamma } from '../../../workers/scoring/lgamma';

describe('lgamma()', () => {
  it('lgamma() matches ln((n-1)!) and ln Γ(1/2) = ln √π', () => {
    let fact = 1;
    for (let n = 1; n <= 30; n++) {
      expect(lgamma(n)).toBeCloseTo(Math.log(fact), 12);
      fact *= n;
    }
    expect(lgamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    // ln Γ(100) from the exact 99! (Abramowitz & Stegun table 6.3 gives 359.13420 53695 75).
    expect(lgamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it('lgamma() satisfies ln Γ(x+1) = ln Γ(x) + ln x across scales', () => {
    for (const x of [1e-6, 0.013, 0.24, 0.79, 1.5, 2.4262, 9.99, 10, 37.5, 1e3, 1e6]) {
      expect(lgamma(x + 1) - lgamma(x) - Math.log(x)).toBeCloseTo(0, 9);
    }
  });

  it('lgamma() returns NaN for x <= 0 and NaN, Infinity for Infinity', () => {
    expect(lgamma(0)).toBeNaN();
    expect(lgamma(-1.5)).toBeNaN();
    expect(lgamma(NaN)).toBeNaN();
    expect(lgamma(Infinity)).toBe(Infinity);
  });
});
