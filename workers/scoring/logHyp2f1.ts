/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 <= z < 1, by the Gauss series summed in scaled form
 * (DLMF 15.2.1, https://dlmf.nist.gov/15.2). With positive parameters every term is positive, so
 * the sum has no cancellation; the running sums are rescaled whenever they pass 1e250, which keeps
 * large a, b (a customer with hundreds of purchases) from overflowing (terms can grow like e^{az}
 * before they decay). Convergence is geometric with ratio z, so z near 1 needs many terms: past
 * `maxTerms` we return NaN rather than a wrong number.
 * With `grad`, also writes ∂/∂(a, b, c, z) of ln ₂F₁ into grad[0..3], summed in the same pass:
 * ∂t_n/∂a = t_n Σ_{k<n} 1/(a+k) (likewise b, −c) and ∂t_n/∂z = n t_n / z.
 */
export function logHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
  grad?: { [i: number]: number },
  maxTerms = 200_000,
): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) return NaN;
  if (z === 0) {
    if (grad) {
      grad[0] = grad[1] = grad[2] = 0;
      grad[3] = (a * b) / c;
    }
    return 0;
  }
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // Running Σ 1/(a+k) etc., and the term-weighted sums of them.
  let ra = 0, rb = 0, rc = 0;
  let sa = 0, sb = 0, sc = 0, sz = 0;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (grad) {
      ra += 1 / (a + n);
      rb += 1 / (b + n);
      rc += 1 / (c + n);
      sa += term * ra;
      sb += term * rb;
      sc += term * rc;
      sz += term * (n + 1);
    }
    // Term ratios tend to z; once below 1 the tail is at most term·ρ/(1-ρ), ρ = max(ratio, z).
    // The gradient sums' tails shrink at the same rate up to a factor n, covered by the margin.
    const ratio = Math.max(z, ((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2)));
    if (ratio < 1 && term * ratio * (grad ? n + 2 : 1) < 1e-17 * sum * (1 - ratio)) {
      if (grad) {
        grad[0] = sa / sum;
        grad[1] = sb / sum;
        grad[2] = -sc / sum;
        grad[3] = sz / (z * sum);
      }
      return Math.log(sum) + logScale;
    }
    if (sum > 1e250) {
      sum *= 1e-250;
      term *= 1e-250;
      sa *= 1e-250;
      sb *= 1e-250;
      sc *= 1e-250;
      sz *= 1e-250;
      logScale += 575.6462732485115; // 250 ln 10
    }
  }
  return NaN;
}
