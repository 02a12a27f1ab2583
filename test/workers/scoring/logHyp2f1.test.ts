import { describe, expect, it } from 'vitest';
import { logHyp2f1 } from '../../../workers/scoring/logHyp2f1';

describe('logHyp2f1()', () => {
  it('logHyp2f1() matches closed forms (DLMF 15.4)', () => {
    for (const z of [0, 1e-9, 0.1, 0.5, 0.9, 0.999]) {
      // ₂F₁(1, 1; 2; z) = -ln(1-z)/z
      const f = z === 0 ? 1 : -Math.log1p(-z) / z;
      expect(logHyp2f1(1, 1, 2, z)).toBeCloseTo(Math.log(f), 12);
      // ₂F₁(a, b; b; z) = (1-z)^-a
      expect(logHyp2f1(0.7, 3.3, 3.3, z)).toBeCloseTo(-0.7 * Math.log1p(-z), 12);
    }
    // ₂F₁(1/2, 1/2; 3/2; z²) = arcsin(z)/z
    expect(logHyp2f1(0.5, 0.5, 1.5, 0.36)).toBeCloseTo(Math.log(Math.asin(0.6) / 0.6), 13);
  });

  it('logHyp2f1() stays finite where ₂F₁ itself overflows a double', () => {
    // (1-z)^-a with a = 5000, z = 0.9 is e^11513: the terms pass 1e308 long before they decay.
    expect(logHyp2f1(5000, 2, 2, 0.9)).toBeCloseTo(-5000 * Math.log(0.1), 8);
  });

  it('logHyp2f1() writes ∂/∂(a, b, c, z) that match central differences', () => {
    const args = [2.3, 0.8, 3.7, 0.62];
    const grad = [0, 0, 0, 0];
    logHyp2f1(args[0], args[1], args[2], args[3], grad);
    args.forEach((_, i) => {
      const h = 1e-6;
      const up = args.slice();
      const down = args.slice();
      up[i] += h;
      down[i] -= h;
      const fd = (logHyp2f1(up[0], up[1], up[2], up[3]) - logHyp2f1(down[0], down[1], down[2], down[3])) / (2 * h);
      expect(grad[i]).toBeCloseTo(fd, 7);
    });
  });

  it('logHyp2f1() returns NaN outside 0 <= z < 1 or for non-positive parameters, and when the series does not finish', () => {
    expect(logHyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(logHyp2f1(1, 1, 2, -0.1)).toBeNaN();
    expect(logHyp2f1(-1, 1, 2, 0.5)).toBeNaN();
    expect(logHyp2f1(1, 1, 2, 0.999999, undefined, 100)).toBeNaN();
  });
});
