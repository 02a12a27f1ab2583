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

describe('bfgs() with a starting inverse Hessian', () => {
  it('bfgs() takes the Newton step at once when H0 is the exact inverse Hessian of a quadratic', () => {
    const fg = ([x, y]: readonly number[], g: number[]) => {
      g[0] = 2 * (x - 3) + (y + 1);
      g[1] = (x - 3) + 4 * (y + 1);
      return (x - 3) ** 2 + (x - 3) * (y + 1) + 2 * (y + 1) ** 2;
    };
    const res = bfgs(fg, [0, 0], { H0: [4 / 7, -1 / 7, -1 / 7, 2 / 7], maxStep: 10 });
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(3, 9);
    expect(res.x[1]).toBeCloseTo(-1, 9);
    expect(res.evaluations).toBeLessThanOrEqual(3);
  });
});
