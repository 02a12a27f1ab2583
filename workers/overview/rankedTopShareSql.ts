/**
 * Revenue share of the top 20% of the selected customers by value (topShareSql's rule: ranks
 * i <= floor(0.2 n) by value desc, ties by customer_id), on overview_ranked, whose value_rank is
 * that order over all customers and so over any subset. A top-N, not a window over them all.
 */
export function rankedTopShareSql(rankedWhere: string): string {
  const sel = `FROM overview_ranked WHERE ${rankedWhere}`;
  return `SELECT (SELECT coalesce(sum(revenue), 0) FROM (SELECT revenue ${sel} ORDER BY value_rank
    LIMIT (SELECT floor(0.2 * count(*) + 1e-6)::BIGINT ${sel})))
  / nullif((SELECT sum(revenue) ${sel}), 0) AS revenue_share`;
}
