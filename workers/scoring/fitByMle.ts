import { bfgs } from './bfgs';
import { optimize } from './optimize';
import type { LogLikelihood } from './types';

/**
 * Maximise a log-likelihood over positive parameters, working on their logarithms (no bounds
 * needed, comparable scales): BFGS on the likelihood's analytic gradient, and if that does not
 * converge (a kink, a flat ridge, the line search lost in rounding) Nelder–Mead from where BFGS
 * stopped, which needs no gradient at all. Throws, naming the model, when neither converges or a
 * parameter runs off towards 0 or infinity: the data then do not identify the model, and a number
 * would only look like an answer.
 */
export function fitByMle(
  model: string,
  names: readonly string[],
  loglik: LogLikelihood,
  start: readonly number[],
  options: { maxIterations?: number } = {},
): { params: number[]; loglik: number; iterations: number; evaluations: number } {
  const n = start.length;
  const nll = (lp: readonly number[]) => -loglik(lp.map(Math.exp));
  let res = bfgs(
    (lp, g) => {
      const p = lp.map(Math.exp);
      const gp = new Array<number>(n).fill(0);
      const v = -loglik(p, gp);
      // Chain rule for log-parameters: ∂/∂ln θ = θ ∂/∂θ.
      for (let i = 0; i < n; i++) g[i] = -gp[i] * p[i];
      return v;
    },
    start.map(Math.log),
    { maxIterations: options.maxIterations },
  );
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
