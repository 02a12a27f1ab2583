import { digamma } from './digamma';
import { lgamma } from './lgamma';
import { paretoNbdLogF } from './paretoNbdLogF';
import type { ParetoNbdParams, Triples } from './types';

/** ln(e^u + e^v) without overflow. */
const logAddExp = (u: number, v: number) =>
  u === -Infinity ? v : v === -Infinity ? u : Math.max(u, v) + Math.log1p(Math.exp(-Math.abs(u - v)));

/** Unique key of a (x, y) pair, for caching ln F across triples. */
const pairKey = (x: number, y: number) => `${x}|${y}`;

/**
 * The Pareto/NBD log-likelihood of Schmittlein, Morrison & Colombo (1987) in the form of Fader &
 * Hardie, "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005,
 * http://brucehardie.com/notes/009/), prepared once for the data. ln F is evaluated once per
 * distinct (x, t_x) and (x, T) pair, which at a million customers is a tenth of the triples.
 * With `grad`, writes ∂/∂(r, α, s, β) into it, so that BFGS needs a few dozen evaluations.
 */
export function paretoNbdLoglik(d: Triples): (p: ParetoNbdParams, grad?: number[]) => number {
  const pairs = new Map<string, number>();
  const px: number[] = [];
  const py: number[] = [];
  const at = (x: number, y: number) => {
    const key = pairKey(x, y);
    let k = pairs.get(key);
    if (k === undefined) {
      k = px.push(x) - 1;
      py.push(y);
      pairs.set(key, k);
    }
    return k;
  };
  const n = d.x.length;
  const iTx = new Int32Array(n);
  const iT = new Int32Array(n);
  const xSlot = new Map<number, number>();
  const xs: number[] = [];
  const iX = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    iTx[i] = at(d.x[i], d.tx[i]);
    iT[i] = at(d.x[i], d.T[i]);
    let k = xSlot.get(d.x[i]);
    if (k === undefined) xSlot.set(d.x[i], (k = xs.push(d.x[i]) - 1));
    iX[i] = k;
  }
  const lF = new Float64Array(px.length);
  const lAlive = new Float64Array(px.length);
  const dF = new Float64Array(4 * px.length);
  const lgx = new Float64Array(xs.length);
  const lsx = new Float64Array(xs.length);
  const g4 = new Float64Array(4);
  return (p, grad) => {
    const { r, alpha, s, beta } = p;
    for (let k = 0; k < px.length; k++) {
      lF[k] = paretoNbdLogF(p, px[k], py[k], grad && g4);
      if (grad) dF.set(g4, 4 * k);
      // ln[(α+y)^{-(r+x)} (β+y)^{-s}]: alive at y = T with no purchase after t_x.
      lAlive[k] = -(r + px[k]) * Math.log(alpha + py[k]) - s * Math.log(beta + py[k]);
    }
    for (let k = 0; k < xs.length; k++) {
      lgx[k] = lgamma(r + xs[k]);
      lsx[k] = Math.log(s / (r + s + xs[k]));
    }
    const base = r * Math.log(alpha) + s * Math.log(beta) - lgamma(r);
    let ll = 0;
    let W = 0;
    let gr = 0, ga = 0, gs = 0, gb = 0;
    for (let i = 0; i < n; i++) {
      // ln[(s/(r+s+x)) A₀] with A₀ = F(t_x) - F(T) >= 0 (dying between t_x and T); no powers
      // of (α+y) leave log space. A₀ = 0 when t_x = T.
      const kt = iTx[i];
      const kT = iT[i];
      const diff = lF[kT] - lF[kt];
      const dead = diff < 0 ? lsx[iX[i]] + lF[kt] + Math.log(-Math.expm1(diff)) : diff >= 0 ? -Infinity : NaN;
      const alive = lAlive[kT];
      const both = logAddExp(alive, dead);
      const w = d.w[i];
      ll += w * (lgx[iX[i]] + base + both);
      W += w;
      if (!grad) continue;
      const x = d.x[i];
      const T = d.T[i];
      const pa = w * Math.exp(alive - both);
      gr += w * digamma(r + x) - pa * Math.log(alpha + T);
      ga -= (pa * (r + x)) / (alpha + T);
      gs -= pa * Math.log(beta + T);
      gb -= (pa * s) / (beta + T);
      if (dead === -Infinity) continue;
      // ∂ ln(1 - e^diff) = -q ∂diff with q = 1/(e^{-diff} - 1).
      const pd = w * Math.exp(dead - both);
      const q = 1 / Math.expm1(-diff);
      const u = pd * (1 + q);
      const v = pd * q;
      const rsx = 1 / (r + s + x);
      gr += u * dF[4 * kt] - v * dF[4 * kT] - pd * rsx;
      ga += u * dF[4 * kt + 1] - v * dF[4 * kT + 1];
      gs += u * dF[4 * kt + 2] - v * dF[4 * kT + 2] + pd * (1 / s - rsx);
      gb += u * dF[4 * kt + 3] - v * dF[4 * kT + 3];
    }
    if (grad) {
      grad[0] = gr + W * (Math.log(alpha) - digamma(r));
      grad[1] = ga + (W * r) / alpha;
      grad[2] = gs + W * Math.log(beta);
      grad[3] = gb + (W * s) / beta;
    }
    return ll;
  };
}
