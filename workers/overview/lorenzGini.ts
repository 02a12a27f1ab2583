/**
 * Lorenz points and the Gini coefficient of values already in Lorenz order (ascending, ties in
 * a fixed order), in one pass: the same points as lorenzSql (the first value past each
 * 1/points step, from (0, 0) to (1, 1); value_share = customer_share when the total is 0) and
 * the same Gini as giniSql (sum (2i - n - 1) x_i / (n sum x), NaN-free: 0 when undefined, as
 * overviewData reports a NULL Gini). Values must be >= 0 (max(value, 0)).
 */
export function lorenzGini(xs: ArrayLike<number>, points: number): { lorenz: { customer_share: number; revenue_share: number }[]; gini: number } {
  if (!Number.isInteger(points) || points < 1) throw new Error(`invalid points: ${points} (expected an integer >= 1)`);
  const n = xs.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += xs[i]!;
  const lorenz = [{ customer_share: 0, revenue_share: 0 }];
  let cum = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    const x = xs[k]!;
    const i = k + 1;
    cum += x;
    weighted += (2 * i - n - 1) * x;
    if (i === n || Math.floor((i * points) / n) > Math.floor(((i - 1) * points) / n)) {
      lorenz.push({ customer_share: i / n, revenue_share: total !== 0 ? cum / total : i / n });
    }
  }
  return { lorenz, gini: n > 0 && total !== 0 ? weighted / (n * total) : 0 };
}
