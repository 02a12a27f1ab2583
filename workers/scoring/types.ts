/**
 * Shared shapes of the scoring models. Time is in one unit throughout (day, week or month, as
 * chosen for the summary SQL); the models do not care which, only the CLV month conversion does.
 */

/** Distinct (x, t_x, T) triples with w[i] customers each: a likelihood costs one term per triple. */
export interface Triples {
  /** Repeat purchases in the calibration window (first purchase not counted). */
  x: Float64Array;
  /** Time from the first to the last purchase (0 when x = 0). */
  tx: Float64Array;
  /** Time from the first purchase to the end of calibration. */
  T: Float64Array;
  /** Number of customers sharing the triple. */
  w: Float64Array;
}

/** BG/NBD: purchase rate λ ~ Gamma(r, α), dropout probability p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Pareto/NBD: purchase rate λ ~ Gamma(r, α), dropout rate μ ~ Gamma(s, β). */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** Gamma-Gamma spend: order value ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** A maximum-likelihood fit. */
export interface FitResult<P> {
  params: P;
  /** Log-likelihood at `params`, summed over customers. */
  loglik: number;
  /** Customers in the fit (the sum of the weights). */
  customers: number;
  /** Distinct data points the likelihood was evaluated on. */
  groups: number;
  iterations: number;
  evaluations: number;
  /** Wall time of the fit in milliseconds. */
  ms: number;
}

/** A model of purchase counts: expected purchases of a customer in the next t periods. */
export type PurchasePredictor = (t: number, x: number, tx: number, T: number) => number;

/** Time unit of t_x and T. */
export type TimeUnit = 'day' | 'week' | 'month';

/** Options for model-based CLV. */
export interface ClvOptions {
  /** Horizon in months (default 12). */
  months?: number;
  /** Discount rate per month (default 0.01). */
  monthlyDiscount?: number;
  /** Time unit the purchase model was fitted in (default week). */
  unit?: TimeUnit;
}

/** A log-likelihood over positive parameters; with `grad`, also writes ∂/∂θ there. */
export type LogLikelihood = (params: readonly number[], grad?: number[]) => number;

/** Options for `optimize`. Defaults suit 2–6 log-parameters of a likelihood. */
export interface OptimizeOptions {
  /** Initial simplex edge, one per coordinate or shared (default 0.5: a factor e^0.5 in log space). */
  step?: number | readonly number[];
  /** Cap on simplex iterations over all restarts (default 5000). */
  maxIterations?: number;
  /** Stop when the simplex spans less than this in f, absolute plus relative (default 1e-10). */
  fTol?: number;
  /** ... and less than this in every coordinate (default 1e-9). */
  xTol?: number;
  /** Fresh simplices built around the best point after convergence (default 2). */
  restarts?: number;
}

/** Result of `optimize` (Nelder–Mead) and `bfgs`. */
export interface OptimizeResult {
  x: number[];
  fx: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}
