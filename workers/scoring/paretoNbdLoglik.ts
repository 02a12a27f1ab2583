import { digamma } from './digamma';
import { lgamma } from './lgamma';
import { pairIndex } from './pairIndex';
import { paretoNbdLogF } from './paretoNbdLogF';
import type { ParetoNbdParams, Triples } from './types';

/**
 * The Pareto/NBD log-likelihood of Schmittlein, Morrison & Colombo (1987) in the form of Fader &
 * Hardie, "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005,
 * http://brucehardie.com/notes/009/), prepared once for the data. ln F (a ₂F₁) is evaluated once
 * per distinct (x, t_x) and (x, T) pair, which at a million customers is a tenth of the triples;
 * everything else that is not specific to a triple (Γ and ψ of r+x, ln(α+T), ln(β+T)) once per
 * distinct x or pair. A triple then costs two exponentials and two logarithms, and its share of
 * the gradient is summed into its pairs, which multiply by ∂ ln F once at the end.
 * With `grad`, writes ∂/∂(r, α, s, β) into it, so that BFGS needs a few dozen evaluations.
 */
export function paretoNbdLoglik(d: Triples): (p: ParetoNbdParams, grad?: number[]) => number {
  const n = d.x.length;
  const xy = new Float64Array(2 * n);
  const yy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = xy[2 * i + 1] = d.x[i];
    yy[2 * i] = d.tx[i];
    yy[2 * i + 1] = d.T[i];
  }
  const pairs = pairIndex(xy, yy);
  const np = pairs.count;
  const px = new Float64Array(np);
  const py = new Float64Array(np);
  for (let k = 0; k < np; k++) {
    px[k] = pairs.list[2 * k];
    py[k] = pairs.list[2 * k + 1];
  }
  const xsIdx = pairIndex(d.x, new Float64Array(n));
  const nx = xsIdx.count;
  const xs = new Float64Array(nx);
  const wx = new Float64Array(nx);
  for (let k = 0; k < nx; k++) xs[k] = xsIdx.list[2 * k];
  const iTx = new Int32Array(n);
  const iT = new Int32Array(n);
  const iX = xsIdx.idx;
  let W = 0;
  for (let i = 0; i < n; i++) {
    iTx[i] = pairs.idx[2 * i];
    iT[i] = pairs.idx[2 * i + 1];
    wx[iX[i]] += d.w[i];
    W += d.w[i];
  }
  const w = d.w;
  const lF = new Float64Array(np);
  const lAlive = new Float64Array(np);
  const dF = new Float64Array(4 * np);
  const lgx = new Float64Array(nx);
  const lsx = new Float64Array(nx);
  const sx = new Float64Array(nx);
  const B = new Float64Array(np);
  // Per pair: Σ of P(alive) weights (as (x, T)), of the dead share's ∂ ln F factors u and v.
  const sumA = new Float64Array(np);
  const sumU = new Float64Array(np);
  const sumV = new Float64Array(np);
  // Per x: Σ of the dead share, for ∂ ln(s/(r+s+x)).
  const sumD = new Float64Array(nx);
  const g4 = new Float64Array(4);
  return (p, grad) => {
    const { r, alpha, s, beta } = p;
    for (let k = 0; k < np; k++) {
      lF[k] = paretoNbdLogF(p, px[k], py[k], grad && g4);
      if (grad) {
        dF[4 * k] = g4[0];
        dF[4 * k + 1] = g4[1];
        dF[4 * k + 2] = g4[2];
        dF[4 * k + 3] = g4[3];
        sumA[k] = sumU[k] = sumV[k] = 0;
      }
      // ln[(α+y)^{-(r+x)} (β+y)^{-s}]: alive at y = T with no purchase after t_x.
      lAlive[k] = -(r + px[k]) * Math.log(alpha + py[k]) - s * Math.log(beta + py[k]);
      const lb = lF[k] - lAlive[k];
      // Out of range, NaN sends every triple of this pair to the log-space path.
      B[k] = lb > -600 && lb < 600 ? Math.exp(lb) : NaN;
    }
    let ll = W * (r * Math.log(alpha) + s * Math.log(beta) - lgamma(r));
    for (let k = 0; k < nx; k++) {
      lgx[k] = lgamma(r + xs[k]);
      lsx[k] = Math.log(s / (r + s + xs[k]));
      sx[k] = s / (r + s + xs[k]);
      ll += wx[k] * lgx[k];
      sumD[k] = 0;
    }
    for (let i = 0; i < n; i++) {
      // ln[alive + (s/(r+s+x)) A₀] with A₀ = F(t_x) - F(T) >= 0 (dying between t_x and T),
      // = alive + ln(1 + ρ), ρ = (s/(r+s+x)) (F(T)/alive) (e^{-diff} - 1): F(T)/alive is per pair,
      // so a triple costs one expm1 and one log1p. A₀ = 0 when t_x = T.
      const kt = iTx[i];
      const kT = iT[i];
      const wi = w[i];
      const diff = lF[kT] - lF[kt];
      const alive = lAlive[kT];
      if (!(diff < 0)) {
        if (diff >= 0) {
          ll += wi * alive;
          if (grad) sumA[kT] += wi;
        } else ll = NaN;
        continue;
      }
      const cb = sx[iX[i]] * B[kT];
      const e1 = Math.expm1(-diff);
      let rho = cb * e1;
      let pdq: number;
      if (rho > 0 && rho < Infinity) {
        ll += wi * (alive + Math.log1p(rho));
        pdq = wi * cb / (1 + rho);
      } else {
        // F(T)/alive or e^{-diff} out of double range: the same in log space.
        const lrho = lsx[iX[i]] + lF[kT] - alive + Math.log(e1);
        const sp = lrho > 0 ? lrho + Math.log1p(Math.exp(-lrho)) : Math.log1p(Math.exp(lrho));
        ll += wi * (alive + sp);
        rho = Math.exp(lrho);
        pdq = wi * Math.exp(lsx[iX[i]] + lF[kT] - alive - sp);
      }
      if (!grad) continue;
      // pa, pd: the alive and dead shares; ∂ ln(e^{-diff} - 1) = (1 + q) ∂lF(t_x) - q ∂lF(T),
      // q = 1/(e^{-diff} - 1), and pd q = w (s/(r+s+x)) (F(T)/alive) / (1 + ρ).
      const pa = rho < Infinity ? wi / (1 + rho) : 0;
      const pd = wi - pa;
      sumA[kT] += pa;
      sumU[kt] += pd + pdq;
      sumV[kT] += pdq;
      sumD[iX[i]] += pd;
    }
    if (grad) {
      let gr = W * (Math.log(alpha) - digamma(r));
      let ga = (W * r) / alpha;
      let gs = W * Math.log(beta);
      let gb = (W * s) / beta;
      for (let k = 0; k < nx; k++) {
        const rsx = 1 / (r + s + xs[k]);
        gr += wx[k] * digamma(r + xs[k]) - sumD[k] * rsx;
        gs += sumD[k] * (1 / s - rsx);
      }
      for (let k = 0; k < np; k++) {
        const a = sumA[k];
        if (a !== 0) {
          gr -= a * Math.log(alpha + py[k]);
          ga -= (a * (r + px[k])) / (alpha + py[k]);
          gs -= a * Math.log(beta + py[k]);
          gb -= (a * s) / (beta + py[k]);
        }
        const u = sumU[k] - sumV[k];
        if (u !== 0) {
          gr += u * dF[4 * k];
          ga += u * dF[4 * k + 1];
          gs += u * dF[4 * k + 2];
          gb += u * dF[4 * k + 3];
        }
      }
      grad[0] = gr;
      grad[1] = ga;
      grad[2] = gs;
      grad[3] = gb;
    }
    return ll;
  };
}
