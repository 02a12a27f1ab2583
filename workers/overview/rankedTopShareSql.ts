/**
 * Revenue share of the top 20% of the selected customers by value (topShareSql's rule: ranks
 * i <= floor(0.2 n) by value desc, ties by customer_id), on overview_ranked, whose value_rank is
 * that order over all customers and so over any subset. `n` is the selection's size.
 */
export function rankedTopShareSql(rankedWhere: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`invalid customer count: ${n} (expected an integer >= 0)`);
  const k = Math.floor(0.2 * n + 1e-6);
  return `SELECT (SELECT coalesce(sum(revenue), 0) FROM (SELECT revenue FROM overview_ranked WHERE ${rankedWhere} ORDER BY value_rank LIMIT ${k}))
  / nullif((SELECT sum(revenue) FROM overview_ranked WHERE ${rankedWhere}), 0) AS revenue_share`;
}
