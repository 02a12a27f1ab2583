import { describe, expect, it } from 'vitest';
import { inverseHessian } from '../../../workers/scoring/inverseHessian';

describe('inverseHessian()', () => {
  it('inverseHessian() inverts the Hessian of a quadratic exactly', () => {
    // f = x² + xy + 2y², Hessian [[2, 1], [1, 4]], inverse [[4, -1], [-1, 2]] / 7.
    const inv = inverseHessian(([x, y], g) => {
      g[0] = 2 * x + y;
      g[1] = x + 4 * y;
      return x * x + x * y + 2 * y * y;
    }, [0.3, -1])!;
    [4 / 7, -1 / 7, -1 / 7, 2 / 7].forEach((v, i) => expect(inv[i]).toBeCloseTo(v, 8));
  });

  it('inverseHessian() is null at a saddle point', () => {
    const inv = inverseHessian(([x, y], g) => {
      g[0] = 2 * x;
      g[1] = -2 * y;
      return x * x - y * y;
    }, [0, 0]);
    expect(inv).toBeNull();
  });
});
