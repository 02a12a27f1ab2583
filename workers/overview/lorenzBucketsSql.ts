/**
 * Everyone's Lorenz curve and Gini without sorting anyone: `value_rank` (1 = highest value,
 * NULL values last, a permutation of 1..n: valueRankSql) already is the Lorenz order read
 * backwards, so a customer's place in ascending order of x = max(coalesce(value, 0), 0) is
 * i = n + 1 - value_rank (NULL and negative values, all x = 0, come first). The rows are grouped
 * into the steps of the chart's `points` (b = floor(i * points / n)), and each group gives what
 * lorenzFromBuckets needs: its first place `i0` and that customer's `x0`, the group's sum of x
 * `s`, and its share of the Gini's weighted sum `w` (sum of (2i - n - 1) x). A few hundred rows
 * instead of every customer's x sorted and sent (20M rows, 6.5M customers: the sort and its
 * result grew the wasm heap by about 100 MB after every table was built).
 */
export function lorenzBucketsSql(source: string, points: number): string {
  if (!Number.isInteger(points) || points < 1) throw new Error(`invalid points: ${points} (expected an integer >= 1)`);
  return `WITH __lorenz_n AS (SELECT count(*) AS n FROM ${source}),
__lorenz_o AS (
  SELECT n + 1 - value_rank AS i, n, greatest(coalesce(value, 0), 0)::DOUBLE AS x
  FROM ${source} CROSS JOIN __lorenz_n
)
SELECT (i * ${points}) // n AS b, min(i)::DOUBLE AS i0, arg_min(x, i) AS x0, sum(x) AS s,
  sum((2 * i - n - 1) * x) AS w, any_value(n)::DOUBLE AS n
FROM __lorenz_o
GROUP BY b
ORDER BY b`;
}
