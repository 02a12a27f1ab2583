import type { OptimizeResult } from './types';

/**
 * Minimise f with its gradient by BFGS (Nocedal & Wright, Numerical Optimization, 2nd ed.,
 * algorithm 6.1) with a backtracking Armijo line search. `fg(x, g)` returns f(x) and writes the
 * gradient into g. The first inverse Hessian is scaled by yᵀs/yᵀy (their eq. 6.20) and the
 * update is skipped when yᵀs <= 0, which keeps the approximation positive definite without a
 * Wolfe search. Steps are capped at `maxStep` per coordinate: in log-parameters that is a factor
 * e^maxStep, enough to move fast, small enough not to jump into overflow. Converged when the
 * largest gradient component is below gTol · (1 + |f|) (default 1e-9: in log-parameters the
 * error left is about that over the curvature, far below 3 significant digits). Deterministic.
 * `H0` (row-major n×n) replaces the first inverse Hessian, e.g. the final `H` of a fit of the same
 * function on a subsample: started near the optimum with its curvature known, BFGS then takes
 * near-Newton steps from the first iteration.
 */
export function bfgs(
  fg: (x: readonly number[], g: number[]) => number,
  x0: readonly number[],
  options: { maxIterations?: number; gTol?: number; maxStep?: number; H0?: readonly number[] } = {},
): OptimizeResult & { H: number[] } {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 500;
  const gTol = options.gTol ?? 1e-9;
  const maxStep = options.maxStep ?? 1;
  let evaluations = 0;
  const evaluate = (x: number[], g: number[]) => {
    evaluations++;
    const v = fg(x, g);
    return Number.isFinite(v) && g.every(Number.isFinite) ? v : Infinity;
  };
  let x = x0.slice();
  let g = new Array<number>(n).fill(0);
  let fx = evaluate(x, g);
  // H: inverse Hessian approximation, row-major n×n.
  const H0 = options.H0;
  const given = H0 !== undefined && H0.length === n * n && H0.every(Number.isFinite);
  let H = given ? H0.slice() : identity(n);
  if (fx === Infinity) return { x, fx, iterations: 0, evaluations, converged: false, H };
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    if (Math.max(...g.map(Math.abs)) <= gTol * (1 + Math.abs(fx))) {
      converged = true;
      break;
    }
    iterations++;
    let p = matVec(H, g).map((v) => -v);
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // Lost descent (rounding in H): restart from steepest descent.
      H = identity(n);
      p = g.map((v) => -v);
      slope = dot(p, g);
    }
    const longest = Math.max(...p.map(Math.abs));
    let step = longest > maxStep ? maxStep / longest : 1;
    const gNew = new Array<number>(n).fill(0);
    let xNew = x;
    let fNew = Infinity;
    for (let k = 0; k < 60; k++) {
      xNew = x.map((v, i) => v + step * p[i]);
      fNew = evaluate(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew <= fx + 1e-4 * step * slope)) {
      // No decrease at any step: f is flat to rounding here; accept x if the gradient is small.
      converged = Math.max(...g.map(Math.abs)) <= 1e-6 * (1 + Math.abs(fx));
      break;
    }
    const s = xNew.map((v, i) => v - x[i]);
    // Near the optimum f moves by less than its rounding error, and Armijo then accepts steps on
    // noise forever: stop when a step changes neither f nor x beyond rounding and g is small.
    const stalled =
      fx - fNew <= 1e-14 * (1 + Math.abs(fx)) && Math.max(...s.map(Math.abs)) <= 1e-10 &&
      Math.max(...gNew.map(Math.abs)) <= 1e-6 * (1 + Math.abs(fNew));
    const y = gNew.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iterations === 1 && !given) H = identity(n).map((v) => (v * sy) / dot(y, y));
      const Hy = matVec(H, y);
      const yHy = dot(y, Hy);
      // H += ((sy + yHy) ssᵀ)/sy² - (Hy sᵀ + s (Hy)ᵀ)/sy
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] += ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy;
        }
      }
    }
    x = xNew;
    g = gNew;
    fx = fNew;
    if (stalled) {
      converged = true;
      break;
    }
  }
  return { x, fx, iterations, evaluations, converged, H };
}

function identity(n: number): number[] {
  return Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0));
}

function matVec(M: readonly number[], v: readonly number[]): number[] {
  const n = v.length;
  return v.map((_, i) => {
    let acc = 0;
    for (let j = 0; j < n; j++) acc += M[i * n + j] * v[j];
    return acc;
  });
}

function dot(a: readonly number[], b: readonly number[]): number {
  let acc = 0;
  for (let i = 0; i < a.length; i++) acc += a[i] * b[i];
  return acc;
}
