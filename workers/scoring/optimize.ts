import type { OptimizeOptions, OptimizeResult } from './types';

/**
 * Minimise f by Nelder–Mead with the dimension-adaptive coefficients of Gao & Han (2012,
 * https://doi.org/10.1007/s10589-010-9329-3), which keep the method from stalling past 3–4
 * dimensions. A converged simplex is rebuilt around its best vertex and run again (`restarts`),
 * because Nelder–Mead can collapse onto a non-stationary point (McKinnon 1998); we stop early when a
 * restart gains nothing. Deterministic: no random steps, ties broken by vertex order.
 * Non-finite values of f count as +Infinity, so f may reject a point by returning NaN.
 */
export function optimize(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: OptimizeOptions = {},
): OptimizeResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 5000;
  const fTol = options.fTol ?? 1e-10;
  const xTol = options.xTol ?? 1e-9;
  const restarts = options.restarts ?? 2;
  const steps = x0.map((_, i) => {
    const s = options.step ?? 0.5;
    return typeof s === 'number' ? s : s[i];
  });
  // Gao & Han's coefficients need n >= 2 (their shrink factor is 0 at n = 1); n = 1 gets the
  // classic (1, 2, 1/2, 1/2).
  const alpha = 1;
  const gamma = n > 1 ? 1 + 2 / n : 2;
  const rho = n > 1 ? 0.75 - 1 / (2 * n) : 0.5;
  const sigma = n > 1 ? 1 - 1 / n : 0.5;
  let evaluations = 0;
  const F = (x: number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };

  let best = x0.slice();
  let bestF = F(best);
  let iterations = 0;
  let converged = false;
  for (let round = 0; round <= restarts; round++) {
    const pts: number[][] = [best.slice()];
    const fs: number[] = [bestF];
    for (let i = 0; i < n; i++) {
      const p = best.slice();
      p[i] += steps[i];
      pts.push(p);
      fs.push(F(p));
    }
    converged = false;
    const start = bestF;
    while (iterations < maxIterations) {
      // Sort vertices by f (stable insertion sort: n+1 is small).
      for (let i = 1; i <= n; i++) {
        for (let j = i; j > 0 && fs[j] < fs[j - 1]; j--) {
          [fs[j], fs[j - 1]] = [fs[j - 1], fs[j]];
          [pts[j], pts[j - 1]] = [pts[j - 1], pts[j]];
        }
      }
      let spread = 0;
      for (let i = 1; i <= n; i++) {
        for (let k = 0; k < n; k++) spread = Math.max(spread, Math.abs(pts[i][k] - pts[0][k]));
      }
      if (fs[n] - fs[0] <= fTol * (1 + Math.abs(fs[0])) && spread <= xTol) {
        converged = true;
        break;
      }
      iterations++;
      const c = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) c[k] += pts[i][k] / n;
      const along = (t: number) => c.map((ck, k) => ck + t * (pts[n][k] - ck));
      const xr = along(-alpha);
      const fr = F(xr);
      if (fr < fs[0]) {
        const xe = along(-alpha * gamma);
        const fe = F(xe);
        if (fe < fr) [pts[n], fs[n]] = [xe, fe];
        else [pts[n], fs[n]] = [xr, fr];
      } else if (fr < fs[n - 1]) {
        [pts[n], fs[n]] = [xr, fr];
      } else {
        const outside = fr < fs[n];
        const xc = along(outside ? -alpha * rho : rho);
        const fc = F(xc);
        if (fc < (outside ? fr : fs[n])) {
          [pts[n], fs[n]] = [xc, fc];
        } else {
          for (let i = 1; i <= n; i++) {
            pts[i] = pts[i].map((v, k) => pts[0][k] + sigma * (v - pts[0][k]));
            fs[i] = F(pts[i]);
          }
        }
      }
    }
    let iBest = 0;
    for (let i = 1; i <= n; i++) if (fs[i] < fs[iBest]) iBest = i;
    best = pts[iBest];
    bestF = fs[iBest];
    if (!converged) break;
    if (round > 0 && start - bestF <= fTol * (1 + Math.abs(bestF))) break;
  }
  return { x: best, fx: bestF, iterations, evaluations, converged };
}
