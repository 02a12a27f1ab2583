import { describe, expect, it } from 'vitest';
import { bfgs } from '../../../workers/scoring/bfgs';

describe('bfgs()', () => {
  it('bfgs() finds the Rosenbrock minimum with its gradient in few evaluations', () => {
    const res = bfgs(([x, y], g) => {
      g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
      g[1] = 200 * (y - x * x);
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    }, [-1.2, 1]);
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 6);
    expect(res.x[1]).toBeCloseTo(1, 6);
    expect(res.evaluations).toBeLessThan(200);
  });

  it('bfgs() reports non-convergence when f is not finite at the start', () => {
    const res = bfgs(() => NaN, [0]);
    expect(res.converged).toBe(false);
    expect(res.fx).toBe(Infinity);
  });
});
