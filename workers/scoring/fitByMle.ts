import { bfgs } from './bfgs';
import { inverseHessian } from './inverseHessian';
import { optimize } from './optimize';
import type { LogLikelihood, OptimizeResult } from './types';

/**
 * Maximise a log-likelihood over positive parameters, working on their logarithms (no bounds
 * needed, comparable scales): BFGS on the likelihood's analytic gradient, and if that does not
 * converge (a kink, a flat ridge, the line search lost in rounding) Nelder–Mead from where BFGS
 * stopped, which needs no gradient at all. Throws, naming the model, when neither converges or a
 * parameter runs off towards 0 or infinity: the data then do not identify the model, and a number
 * would only look like an answer. With `coarse` (the same likelihood on subsamples, weighted to
 * the full data, smallest first), BFGS fits each in turn, starting from the previous optimum and
 * inverse Hessian; the answer is the full data's optimum either way.
 */
export function fitByMle(
  model: string,
  names: readonly string[],
  loglik: LogLikelihood,
  start: readonly number[],
  options: { maxIterations?: number; coarse?: LogLikelihood | readonly LogLikelihood[] } = {},
): { params: number[]; loglik: number; iterations: number; evaluations: number } {
  const n = start.length;
  const nll = (lp: readonly number[]) => -loglik(lp.map(Math.exp));
  const inLogs = (ll: LogLikelihood) => (lp: readonly number[], g: number[]) => {
    const p = lp.map(Math.exp);
    const gp = new Array<number>(n).fill(0);
    const v = -ll(p, gp);
    // Chain rule for log-parameters: ∂/∂ln θ = θ ∂/∂θ.
    for (let i = 0; i < n; i++) g[i] = -gp[i] * p[i];
    return v;
  };
  let from = start.map(Math.log);
  let H0: number[] | undefined;
  let spent = { iterations: 0, evaluations: 0 };
  const levels = options.coarse === undefined ? [] : Array.isArray(options.coarse) ? options.coarse : [options.coarse];
  for (const coarse of levels as readonly LogLikelihood[]) {
    // Warm start: the optimum and curvature of a subsample (weighted to the full size) are close
    // to the full data's, so the next, larger fit needs a handful of evaluations instead of dozens.
    const c = bfgs(inLogs(coarse), from, { maxIterations: options.maxIterations, gTol: 1e-6, H0 });
    spent = { iterations: spent.iterations + c.iterations, evaluations: spent.evaluations + c.evaluations };
    if (c.converged && c.x.every(Number.isFinite)) {
      from = c.x;
      // BFGS's own H is exact only along the directions it explored; the difference Hessian
      // (2n gradients of the cheap subsample) is exact in all, so the next fit takes Newton steps.
      H0 = inverseHessian(inLogs(coarse), c.x) ?? c.H;
      spent.evaluations += 2 * n;
    }
  }
  let res: OptimizeResult = bfgs(inLogs(loglik), from, { maxIterations: options.maxIterations, H0 });
  if (!res.converged && H0 && Number.isFinite(res.fx)) {
    // The subsample's curvature misled the search: go on from where it stopped with a fresh H.
    const again = bfgs(inLogs(loglik), res.x, { maxIterations: options.maxIterations });
    res = { ...again, iterations: res.iterations + again.iterations, evaluations: res.evaluations + again.evaluations };
  }
  res = { ...res, iterations: res.iterations + spent.iterations, evaluations: res.evaluations + spent.evaluations };
  if (!res.converged && Number.isFinite(res.fx)) {
    const nm = optimize(nll, res.x, { maxIterations: options.maxIterations });
    res = { ...nm, iterations: res.iterations + nm.iterations, evaluations: res.evaluations + nm.evaluations };
  }
  const params = res.x.map(Math.exp);
  if (!Number.isFinite(res.fx)) {
    throw new Error(`cannot fit ${model}: the log-likelihood is not finite at the starting point`);
  }
  if (!res.converged) {
    throw new Error(
      `cannot fit ${model}: no convergence after ${res.iterations} iterations (log-likelihood ${(-res.fx).toFixed(2)})`,
    );
  }
  names.forEach((name, i) => {
    if (!(params[i] > 1e-6 && params[i] < 1e6)) {
      throw new Error(
        `cannot fit ${model}: ${name} ran off to ${params[i].toPrecision(3)} (the data do not identify the model)`,
      );
    }
  });
  return { params, loglik: -res.fx, iterations: res.iterations, evaluations: res.evaluations };
}
