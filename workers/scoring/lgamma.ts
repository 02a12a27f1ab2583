const HALF_LOG_2PI = 0.9189385332046728;

/**
 * ln Γ(x) for x > 0 (NaN otherwise, Infinity at Infinity). Shifts x up to at least 10 with Γ(x+1) = xΓ(x), then
 * sums Stirling's series to the x^-9 term: the first omitted term, 691/(360360 x^11), is below
 * 2e-14 there (Abramowitz & Stegun 6.1.40), far below what a log-likelihood needs.
 */
export function lgamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < 10) {
    // One log of a product instead of a log per step; the product stays < 10! · 10^10.
    let prod = 1;
    while (x < 10) prod *= x++;
    shift = Math.log(prod);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series =
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
}
