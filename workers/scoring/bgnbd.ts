import { checkTriples } from './checkTriples';
import { fitByMle } from './fitByMle';
import { bgnbdLoglik } from './bgnbdLoglik';
import { logHyp2f1 } from './logHyp2f1';
import { thinTriples } from './thinTriples';
import type { BgNbdParams, FitResult, Triples } from './types';

// References: Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", Marketing
// Science 24(2), https://doi.org/10.1287/mksc.1040.0098, and
// the note "Implementing the BG/NBD Model", http://brucehardie.com/notes/004/.

/** ln(1 + e^u) without overflow. */
const softplus = (u: number) => (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)));

/** Log-likelihood of the BG/NBD at `p`, summed over customers. */
function logLikelihood(p: BgNbdParams, d: Triples): number {
  return bgnbdLoglik(d)(p);
}

/**
 * Triples above which the fit is warm-started on a subsample of this many (thinTriples): at a
 * million customers the full likelihood then runs a handful of times instead of dozens.
 */
const WARM_START = 20_000;

/**
 * Maximum-likelihood BG/NBD by BFGS on the analytic gradient. Starts from r = a = b = 1 and
 * α = 1 / (mean purchase rate), which puts α on the scale of the time unit whatever it is.
 * Above WARM_START triples, warm-started on a subsample.
 * Throws `cannot fit BG/NBD: ...` (too few repeat customers, no variation, no convergence).
 */
function fit(d: Triples, options: { maxIterations?: number; warmStart?: number } = {}): FitResult<BgNbdParams> {
  const t0 = performance.now();
  const { customers } = checkTriples('BG/NBD', d);
  const ll = bgnbdLoglik(d);
  // Subsamples of WARM_START / 10 and WARM_START triples, smallest first (none for small data).
  const warm = options.warmStart ?? WARM_START;
  const coarse = [warm / 10, warm].flatMap((size) => {
    const thin = thinTriples(d, size);
    if (!thin) return [];
    const l = bgnbdLoglik(thin);
    return [([r, alpha, a, b]: readonly number[], grad?: number[]) => l({ r, alpha, a, b }, grad)];
  });
  let xw = 0;
  let Tw = 0;
  for (let i = 0; i < d.x.length; i++) {
    xw += d.w[i] * d.x[i];
    Tw += d.w[i] * d.T[i];
  }
  const alpha0 = Tw > 0 && xw > 0 ? Tw / xw : 1;
  const res = fitByMle(
    'BG/NBD',
    ['r', 'alpha', 'a', 'b'],
    ([r, alpha, a, b], grad) => ll({ r, alpha, a, b }, grad),
    [1, alpha0, 1, 1],
    {
      maxIterations: options.maxIterations,
      coarse,
    },
  );
  const [r, alpha, a, b] = res.params;
  return {
    params: { r, alpha, a, b },
    loglik: res.loglik,
    customers,
    groups: d.x.length,
    iterations: res.iterations,
    evaluations: res.evaluations,
    ms: performance.now() - t0,
  };
}

/** P(still alive at T | x, t_x, T). */
function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = p;
  const u = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return Math.exp(-softplus(u));
}

/** E[X(t)]: expected purchases in (0, t] of a customer just acquired. */
function expectedPurchases(p: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const z = t / (alpha + t);
  const lf = r * Math.log(alpha / (alpha + t)) + logHyp2f1(r, b, a + b - 1, z);
  // (a+b-1)/(a-1) · (1 - e^lf); expm1 keeps the small-t difference exact.
  return ((a + b - 1) / (a - 1)) * -Math.expm1(lf);
}

/**
 * E[Y(t) | alive at T, x, T]: expected purchases in (T, T+t] of a customer known to be alive. It
 * does not depend on t_x, so CLV evaluates it once per distinct (x, T), not per customer.
 */
function aliveExpectedPurchases(p: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const lf = (r + x) * Math.log((alpha + T) / (alpha + T + t)) + logHyp2f1(r + x, b + x, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * -Math.expm1(lf);
}

/** E[Y(t) | x, t_x, T]: expected purchases in (T, T+t] of a customer with this history. */
function conditionalExpectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  return aliveExpectedPurchases(p, t, x, T) * pAlive(p, x, tx, T);
}

/** The BG/NBD model of Fader, Hardie & Lee (2005): likelihood, fit, P(alive) and expected purchases. */
export const bgnbd = { logLikelihood, fit, pAlive, expectedPurchases, aliveExpectedPurchases, conditionalExpectedPurchases } as const;
