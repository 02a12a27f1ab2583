import { describe, expect, it } from 'vitest';
import { optimize } from '../../../workers/scoring/optimize';

const rosenbrock = ([x, y]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;

describe('optimize()', () => {
  it('optimize() finds the Rosenbrock minimum (1, 1) from (-1.2, 1)', () => {
    const res = optimize(rosenbrock, [-1.2, 1]);
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 6);
    expect(res.x[1]).toBeCloseTo(1, 6);
    expect(res.fx).toBeLessThan(1e-12);
  });

  it('optimize() minimises an ill-conditioned 4-d quadratic and is deterministic', () => {
    const f = (x: readonly number[]) => x.reduce((acc, v, i) => acc + 10 ** i * (v - i) ** 2, 0);
    const a = optimize(f, [3, 3, 3, 3]);
    const b = optimize(f, [3, 3, 3, 3]);
    expect(a).toEqual(b);
    expect(a.converged).toBe(true);
    a.x.forEach((v, i) => expect(v).toBeCloseTo(i, 6));
  });

  it('optimize() treats NaN as +Infinity and reports non-convergence at the iteration cap', () => {
    const walled = (x: readonly number[]) => (x[0] < 0 ? NaN : (x[0] - 2) ** 2);
    expect(optimize(walled, [0.5]).x[0]).toBeCloseTo(2, 6);
    const capped = optimize(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(5);
  });
});
