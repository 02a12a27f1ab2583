/**
 * The contribution rows from CTEs `g` (key, revenue, customers, orders, margin) and `t` (revenue,
 * customers): revenue share, Pareto cumulative share (largest first, NULL key last) and customer
 * share. Shared by contributionSql (one statement) and contributionFromPartsSql (slices added up).
 */
export function contributionSharesSql(): string {
  return `SELECT g.*, g.revenue / nullif(t.revenue, 0) AS revenue_share,
  sum(g.revenue) OVER (ORDER BY g.key IS NULL, g.revenue DESC, g.key ROWS UNBOUNDED PRECEDING) / nullif(t.revenue, 0)
    AS cumulative_share,
  g.customers / nullif(t.customers, 0) AS customer_share
FROM g, t
ORDER BY g.key IS NULL, g.revenue DESC, g.key`;
}
