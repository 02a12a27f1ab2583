import { solveLinear } from './solveLinear';

/**
 * The inverse Hessian of f at x (row-major n×n), by central differences of its gradient
 * `fg(x, g)` with step h, symmetrised. Null when it is not positive definite (x is not near a
 * minimum) or a value is not finite: a starting matrix for BFGS that is not positive definite
 * would send it uphill.
 */
export function inverseHessian(
  fg: (x: readonly number[], g: number[]) => number,
  x: readonly number[],
  h = 1e-4,
): number[] | null {
  const n = x.length;
  const Hm = new Float64Array(n * n);
  const gp = new Array<number>(n).fill(0);
  const gm = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    const xp = x.slice();
    const xm = x.slice();
    xp[j] += h;
    xm[j] -= h;
    fg(xp, gp);
    fg(xm, gm);
    for (let i = 0; i < n; i++) Hm[i * n + j] = (gp[i] - gm[i]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) Hm[i * n + j] = Hm[j * n + i] = (Hm[i * n + j] + Hm[j * n + i]) / 2;
  }
  if (!Hm.every(Number.isFinite)) return null;
  const inv = new Array<number>(n * n).fill(0);
  try {
    for (let j = 0; j < n; j++) {
      const unit = new Float64Array(n);
      unit[j] = 1;
      const col = solveLinear(Hm, unit);
      for (let i = 0; i < n; i++) inv[i * n + j] = col[i];
    }
  } catch {
    return null;
  }
  // Positive definite: a Cholesky factorisation of the inverse exists.
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let acc = inv[i * n + j];
      for (let k = 0; k < j; k++) acc -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(acc > 0)) return null;
        L[i * n + i] = Math.sqrt(acc);
      } else L[i * n + j] = acc / L[j * n + j];
    }
  }
  return inv;
}
