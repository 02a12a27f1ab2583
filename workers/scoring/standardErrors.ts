import { solveLinear } from './solveLinear';

/**
 * Asymptotic standard errors of maximum-likelihood estimates: the square roots of the diagonal of
 * the inverse observed information, -∇²ℓ at the optimum (Cramér–Rao; e.g. Casella & Berger 10.1.12).
 * The Hessian is taken by central differences with steps relative to each parameter (1e-4), which
 * is accurate to a few digits — enough for a standard error. NaN when the Hessian is not negative
 * definite (the optimum is not a proper maximum).
 */
export function standardErrors(loglik: (params: readonly number[]) => number, at: readonly number[]): number[] {
  const n = at.length;
  const h = at.map((v) => 1e-4 * Math.max(Math.abs(v), 1e-8));
  const f = (d: number[]) => loglik(at.map((v, i) => v + d[i]));
  const f0 = f(new Array<number>(n).fill(0));
  const info = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const e = (si: number, sj: number) => {
        const d = new Array<number>(n).fill(0);
        d[i] += si * h[i];
        d[j] += sj * h[j];
        return f(d);
      };
      const hij =
        i === j
          ? (e(1, 0) - 2 * f0 + e(-1, 0)) / (h[i] * h[i])
          : (e(1, 1) - e(1, -1) - e(-1, 1) + e(-1, -1)) / (4 * h[i] * h[j]);
      info[i * n + j] = info[j * n + i] = -hij;
    }
  }
  try {
    return at.map((_, i) => {
      const unit = new Float64Array(n);
      unit[i] = 1;
      const v = solveLinear(info, unit)[i];
      return v > 0 ? Math.sqrt(v) : NaN;
    });
  } catch {
    return at.map(() => NaN);
  }
}
