import { digamma } from './digamma';
import { fitByMle } from './fitByMle';
import { lgamma } from './lgamma';
import type { FitResult, GammaGammaParams } from './types';

// Reference: Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value",
// http://brucehardie.com/notes/025/. Order values z ~ Gamma(p, ν), ν ~ Gamma(q, γ); the mean mbar
// of x values is then Gamma(px, xν) and, integrating ν out,
// f(mbar | x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q mbar^{px-1} x^{px} / (γ + x mbar)^{px+q}.

/**
 * The Gamma-Gamma log-likelihood over repeat customers (x > 0, m > 0), prepared once: the Γ terms
 * depend on x alone and are summed per distinct x, the ln m and ln x terms are constants, so a
 * customer costs one logarithm per evaluation. Returns `(p, grad?) => loglik`, writing
 * ∂/∂(p, q, γ) into `grad` when given.
 */
function prepare(x: ArrayLike<number>, m: ArrayLike<number>) {
  const n = x.length;
  const count = new Map<number, number>();
  let sumLogM = 0;
  let sumXLogM = 0;
  let sumXLogX = 0;
  let sumX = 0;
  for (let i = 0; i < n; i++) {
    count.set(x[i], (count.get(x[i]) ?? 0) + 1);
    const lm = Math.log(m[i]);
    sumLogM += lm;
    sumXLogM += x[i] * lm;
    sumXLogX += x[i] * Math.log(x[i]);
    sumX += x[i];
  }
  const xs = [...count.keys()];
  const nx = xs.map((v) => count.get(v)!);
  return (params: GammaGammaParams, grad?: number[]): number => {
    const { p, q, gamma } = params;
    let ll = n * (q * Math.log(gamma) - lgamma(q)) + p * (sumXLogM + sumXLogX) - sumLogM;
    let gp = sumXLogM + sumXLogX;
    let gq = n * (Math.log(gamma) - digamma(q));
    let gg = (n * q) / gamma;
    for (let k = 0; k < xs.length; k++) {
      const px = p * xs[k];
      ll += nx[k] * (lgamma(px + q) - lgamma(px));
      if (grad) {
        const dpq = digamma(px + q);
        gp += nx[k] * xs[k] * (dpq - digamma(px));
        gq += nx[k] * dpq;
      }
    }
    for (let i = 0; i < n; i++) {
      const g = gamma + x[i] * m[i];
      const lg = Math.log(g);
      const e = p * x[i] + q;
      ll -= e * lg;
      if (grad) {
        gp -= x[i] * lg;
        gq -= lg;
        gg -= e / g;
      }
    }
    if (grad) {
      grad[0] = gp;
      grad[1] = gq;
      grad[2] = gg;
    }
    return ll;
  };
}

/** Customers above which the fit is warm-started on a subsample of about this many. */
const WARM_START = 20_000;

/** Repeat customers usable for the fit: x > 0 and a finite positive mean repeat value. */
function usable(x: ArrayLike<number>, m: ArrayLike<number>) {
  const ux: number[] = [];
  const um: number[] = [];
  let excluded = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0)) continue;
    if (m[i] > 0 && m[i] < Infinity) {
      ux.push(x[i]);
      um.push(m[i]);
    } else excluded++;
  }
  return { x: Float64Array.from(ux), m: Float64Array.from(um), excluded };
}

/** Log-likelihood of the Gamma-Gamma at `p` over the usable repeat customers. */
function logLikelihood(p: GammaGammaParams, x: ArrayLike<number>, m: ArrayLike<number>): number {
  const u = usable(x, m);
  return prepare(u.x, u.m)(p);
}

/**
 * Maximum-likelihood Gamma-Gamma on customers' repeat purchase counts x and mean repeat values m
 * (customers with x = 0 are skipped; those with m <= 0 or missing are skipped and counted in
 * `excluded`, since a Gamma cannot produce them). BFGS on the analytic gradient from p = 1, q = 2,
 * γ = mean m, where the prior mean spend pγ/(q-1) equals the sample mean. Throws
 * `cannot fit Gamma-Gamma: ...`.
 */
function fit(
  x: ArrayLike<number>,
  m: ArrayLike<number>,
  options: { minCustomers?: number } = {},
): FitResult<GammaGammaParams> & { excluded: number } {
  const t0 = performance.now();
  const u = usable(x, m);
  const need = options.minCustomers ?? 10;
  const n = u.x.length;
  if (n < need) {
    throw new Error(
      `cannot fit Gamma-Gamma: only ${n} repeat customers with a positive mean value (need at least ${need})`,
    );
  }
  let mean = 0;
  let same = true;
  for (let i = 0; i < n; i++) {
    mean += u.m[i] / n;
    same &&= u.m[i] === u.m[0];
  }
  if (same) {
    throw new Error(`cannot fit Gamma-Gamma: no variation (all ${n} repeat customers have mean value ${u.m[0]})`);
  }
  const ll = prepare(u.x, u.m);
  // Warm start on every k-th customer, the likelihood scaled by k to estimate the full one.
  const k = Math.ceil(n / WARM_START);
  const thin = k > 1 ? prepare(u.x.filter((_, i) => i % k === 0), u.m.filter((_, i) => i % k === 0)) : null;
  const res = fitByMle(
    'Gamma-Gamma',
    ['p', 'q', 'gamma'],
    ([p, q, gamma], grad) => ll({ p, q, gamma }, grad),
    [1, 2, mean],
    {
      coarse: thin
        ? ([p, q, gamma], grad) => {
            const v = thin({ p, q, gamma }, grad);
            if (grad) for (let i = 0; i < grad.length; i++) grad[i] *= k;
            return v * k;
          }
        : undefined,
    },
  );
  const [p, q, gamma] = res.params;
  return {
    params: { p, q, gamma },
    loglik: res.loglik,
    customers: n,
    groups: n,
    iterations: res.iterations,
    evaluations: res.evaluations,
    ms: performance.now() - t0,
    excluded: u.excluded,
  };
}

/**
 * E(M | x, mbar) = p(γ + x mbar) / (px + q - 1): the posterior mean order value, a weighted mean of
 * the population mean pγ/(q-1) and the customer's own mbar. With x = 0 it is the population mean,
 * which needs q > 1; throws otherwise rather than return an infinite spend.
 */
function expectedSpend(p: GammaGammaParams, x: number, mbar: number): number {
  const den = p.p * x + p.q - 1;
  if (!(den > 0)) {
    const at = `p = ${p.p.toPrecision(3)}, q = ${p.q.toPrecision(3)}`;
    throw new Error(`Gamma-Gamma mean spend is infinite for x = ${x} (${at}: need px + q > 1)`);
  }
  return (p.p * (p.gamma + (x > 0 ? x * mbar : 0))) / den;
}

/** The Gamma-Gamma spend model: likelihood, fit, expected order value. */
export const gammaGamma = { logLikelihood, fit, expectedSpend } as const;
