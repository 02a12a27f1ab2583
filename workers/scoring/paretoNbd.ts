import { checkTriples } from './checkTriples';
import { fitByMle } from './fitByMle';
import { paretoNbdLogF } from './paretoNbdLogF';
import { paretoNbdLoglik } from './paretoNbdLoglik';
import { thinTriples } from './thinTriples';
import type { FitResult, ParetoNbdParams, Triples } from './types';

// References: Schmittlein, Morrison & Colombo (1987), "Counting Your Customers", Management
// Science 33(1); Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related
// Expressions", http://brucehardie.com/notes/009/ (the derivations of every formula below).

/** Log-likelihood of the Pareto/NBD at `p`, summed over customers. */
function logLikelihood(p: ParetoNbdParams, d: Triples): number {
  return paretoNbdLoglik(d)(p);
}

/**
 * Triples above which the fit is warm-started on a subsample of this many (thinTriples): at a
 * million customers the full likelihood then runs a handful of times instead of dozens.
 */
const WARM_START = 20_000;

/**
 * Maximum-likelihood Pareto/NBD by BFGS on the analytic gradient (differentiated through ₂F₁).
 * Starts from r = s = 0.5 and α = β = 0.5 / (mean purchase rate): the observed mean rate, on the
 * scale of the time unit, with the strong heterogeneity of purchase data (on CDNOW 26 evaluations
 * instead of 69 from r = s = 1).
 * Above WARM_START triples, warm-started on a subsample.
 * Throws `cannot fit Pareto/NBD: ...` (too few repeat customers, no variation, no convergence).
 */
function fit(d: Triples, options: { maxIterations?: number; warmStart?: number } = {}): FitResult<ParetoNbdParams> {
  const t0 = performance.now();
  const { customers } = checkTriples('Pareto/NBD', d);
  const ll = paretoNbdLoglik(d);
  // Subsamples of WARM_START / 10 and WARM_START triples, smallest first (none for small data).
  const warm = options.warmStart ?? WARM_START;
  const coarse = [warm / 10, warm].flatMap((size) => {
    const thin = thinTriples(d, size);
    if (!thin) return [];
    const l = paretoNbdLoglik(thin);
    return [([r, alpha, s, beta]: readonly number[], grad?: number[]) => l({ r, alpha, s, beta }, grad)];
  });
  let xw = 0;
  let Tw = 0;
  for (let i = 0; i < d.x.length; i++) {
    xw += d.w[i] * d.x[i];
    Tw += d.w[i] * d.T[i];
  }
  const scale = Tw > 0 && xw > 0 ? Tw / xw : 1;
  const res = fitByMle(
    'Pareto/NBD',
    ['r', 'alpha', 's', 'beta'],
    ([r, alpha, s, beta], grad) => ll({ r, alpha, s, beta }, grad),
    [0.5, scale / 2, 0.5, scale / 2],
    {
      maxIterations: options.maxIterations,
      coarse,
    },
  );
  const [r, alpha, s, beta] = res.params;
  return {
    params: { r, alpha, s, beta },
    loglik: res.loglik,
    customers,
    groups: d.x.length,
    iterations: res.iterations,
    evaluations: res.evaluations,
    ms: performance.now() - t0,
  };
}

/** P(alive at T | x, t_x, T) = 1 / (1 + (s/(r+s+x)) (α+T)^{r+x} (β+T)^s A₀). */
function pAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const lFtx = paretoNbdLogF(p, x, tx);
  const diff = paretoNbdLogF(p, x, T) - lFtx;
  if (!(diff < 0)) return diff >= 0 ? 1 : NaN;
  const u =
    Math.log(s / (r + s + x)) + lFtx + Math.log(-Math.expm1(diff)) +
    (r + x) * Math.log(alpha + T) + s * Math.log(beta + T);
  return u > 0 ? Math.exp(-u) / (1 + Math.exp(-u)) : 1 / (1 + Math.exp(u));
}

/** [1 - (β'/(β'+t))^{s-1}] / (s-1), with its s → 1 limit ln(1 + t/β'). */
function decay(s: number, betaT: number, t: number): number {
  const L = Math.log1p(t / betaT);
  return Math.abs(s - 1) < 1e-10 ? L : -Math.expm1(-(s - 1) * L) / (s - 1);
}

/** E[X(t)]: expected purchases in (0, t] of a customer just acquired, r β / α · decay. */
function expectedPurchases(p: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  return ((p.r * p.beta) / p.alpha) * decay(p.s, p.beta, t);
}

/** E[Y(t) | x, t_x, T]: expected purchases in (T, T+t], (r+x)(β+T)/(α+T) · decay · P(alive). */
function conditionalExpectedPurchases(p: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = p;
  return (((r + x) * (beta + T)) / (alpha + T)) * decay(s, beta + T, t) * pAlive(p, x, tx, T);
}

/** The Pareto/NBD model: likelihood, fit, P(alive) and expected purchases. */
export const paretoNbd = { logLikelihood, fit, pAlive, expectedPurchases, conditionalExpectedPurchases } as const;
