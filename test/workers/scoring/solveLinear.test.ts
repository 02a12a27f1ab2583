import { describe, expect, it } from 'vitest';
import { solveLinear } from '../../../workers/scoring/solveLinear';

describe('solveLinear()', () => {
  it('solveLinear() solves a 3×3 system that needs pivoting', () => {
    const A = [0, 2, 1, 1, -1, 0, 3, 0, 4];
    const x = [1, -2, 0.5];
    const b = [0, 1, 2].map((i) => A[3 * i] * x[0] + A[3 * i + 1] * x[1] + A[3 * i + 2] * x[2]);
    Array.from(solveLinear(A, b)).forEach((v, i) => expect(v).toBeCloseTo(x[i], 13));
  });

  it('solveLinear() throws on a singular matrix and on a size mismatch', () => {
    expect(() => solveLinear([1, 2, 2, 4], [1, 2])).toThrow('singular matrix at column 1');
    expect(() => solveLinear([1, 2, 3], [1, 2])).toThrow('matrix has 3 entries, expected 2×2');
  });
});
