import { describe, expect, it } from 'vitest';
import { dwyer } from '../../../workers/scoring/dwyer';

describe('dwyer lost-for-good', () => {
  it('dwyer.lostForGood() and lostForGoodFirstAtEnd() give 366.67 and 266.67 for m = 100, r = 0.8, d = 0.1', () => {
    expect(dwyer.lostForGood(100, 0.8, 0.1).toFixed(2)).toBe('366.67');
    expect(dwyer.lostForGoodFirstAtEnd(100, 0.8, 0.1).toFixed(2)).toBe('266.67');
  });

  it('dwyer.lostForGood() closed forms equal the summed series Σ m rᵗ/(1+d)ᵗ', () => {
    for (const [m, r, d] of [[100, 0.8, 0.1], [42, 0.35, 0.02], [1, 0.99, 0.01], [7, 0, 0.3]]) {
      let fromNow = 0;
      let fromEnd = 0;
      for (let t = 0; t < 20000; t++) {
        const term = m * (r / (1 + d)) ** t;
        fromNow += term;
        if (t >= 1) fromEnd += term;
      }
      expect(dwyer.lostForGood(m, r, d)).toBeCloseTo(fromNow, 8);
      expect(dwyer.lostForGoodFirstAtEnd(m, r, d)).toBeCloseTo(fromEnd, 8);
    }
  });

  it('dwyer.lostForGood() refuses a retention outside 0..1 and a discount with 1 + d <= r', () => {
    expect(() => dwyer.lostForGood(100, 1.2, 0.1)).toThrow('invalid retention rate: 1.2 (expected 0..1)');
    expect(() => dwyer.lostForGood(100, 1, 0)).toThrow('invalid discount rate: 0 (need 1 + d > r)');
  });
});

describe('dwyer migration (Pfeifer & Carraway 2000)', () => {
  it('dwyer.migration() equals the summed series Σ_t ((1+d)⁻¹P)ᵗ R', () => {
    const buy = [0.3, 0.2, 0.15, 0.05];
    const reward = [40 - 4, -4, -4, 0];
    const d = 0.2;
    const k = buy.length;
    // Step the value backwards: V_{n+1} = R + (1+d)⁻¹ P V_n, P from the recency-cell rule.
    let V = new Array<number>(k).fill(0);
    for (let n = 0; n < 2000; n++) {
      V = V.map((_, i) => reward[i] + (buy[i] * V[0] + (1 - buy[i]) * V[Math.min(i + 1, k - 1)]) / (1 + d));
    }
    Array.from(dwyer.migration(buy, reward, d)).forEach((v, i) => expect(v).toBeCloseTo(V[i], 9));
  });

  it('dwyer.migration() with one cell and certain purchase is the perpetuity R(1+d)/d', () => {
    expect(dwyer.migration([1], [10], 0.05)[0]).toBeCloseTo((10 * 1.05) / 0.05, 9);
  });

  it('dwyer.migration() refuses mismatched inputs, bad probabilities and d <= 0', () => {
    expect(() => dwyer.migration([0.5], [1, 2], 0.1)).toThrow('1 buy probabilities and 2 rewards');
    expect(() => dwyer.migration([0.5, 1.5], [1, 2], 0.1)).toThrow('invalid buy probability for recency 2: 1.5 (expected 0..1)');
    expect(() => dwyer.migration([0.5], [1], 0)).toThrow('invalid discount rate: 0 (expected > 0)');
  });
});
