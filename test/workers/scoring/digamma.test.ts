import { describe, expect, it } from 'vitest';
import { digamma } from '../../../workers/scoring/digamma';
import { lgamma } from '../../../workers/scoring/lgamma';

const EULER = 0.5772156649015329;

describe('digamma()', () => {
  it('digamma() gives ψ(1) = -γ and ψ(1/2) = -γ - 2 ln 2', () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 13);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 13);
  });

  it('digamma() is the derivative of lgamma()', () => {
    for (const x of [0.05, 0.24, 1.7, 8, 40, 500]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 5);
    }
  });

  it('digamma() returns NaN for x <= 0', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-2)).toBeNaN();
  });
});
