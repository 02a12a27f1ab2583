/**
 * The overview's queries for a selection of cell keys, on selectionCellsSql's tables (`where`
 * from cellWhereSql), as few as possible: a click waits for each one's fixed cost.
 * - `cells`: one result for the tiers, the RF grid and retention. Rows with part = 0 are the
 *   selection's customers, revenue and monetary sums per (tier, r, f), ordered by r, f; rows
 *   with part = 1 its customers and revenue per (cohort, period), ordered by cohort, period.
 *   cellOverview sums them into tiers and grid cells and divides for the rates, which gives,
 *   up to floating-point summation order, customerOverviewSql's values on the selected rows.
 * - `ranked`: the selected customers' x = max(value, 0), value_rank and revenue (customer_rfm's
 *   rows, `where.ranked` from cellWhereSql) in the Lorenz order (value_rank descending: x never
 *   decreases along it, and ties of x give the same running sums in any order), for lorenzGini
 *   and topShare: exact, and the only sort is of integers.
 */
export function cellOverviewSql(where: { agg: string; ranked: string }): { cells: string; ranked: string } {
  return {
    cells: `SELECT 0 AS part, tier, r, f, NULL AS cohort, NULL AS period, sum(customers)::BIGINT AS customers,
  sum(revenue) AS revenue, sum(monetary) AS monetary, sum(monetary_n)::BIGINT AS monetary_n
FROM overview_sel_agg WHERE ${where.agg} GROUP BY tier, r, f
UNION ALL
SELECT 1, NULL, NULL, NULL, cohort, period, sum(customers)::BIGINT, sum(revenue), NULL, NULL
FROM overview_sel_ret WHERE ${where.agg} GROUP BY cohort, period
ORDER BY part, r, f, cohort, period`,
    ranked: `SELECT greatest(coalesce(value, 0), 0)::DOUBLE AS x, value_rank, revenue FROM customer_rfm WHERE ${where.ranked} ORDER BY value_rank DESC`,
  };
}
