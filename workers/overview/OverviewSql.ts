/**
 * The queries behind one overview, by part; each returns the columns overviewData reads:
 * totals (c, rev, all_c, all_rev, ref_date), tiers (tier, customers, customer_share, revenue,
 * revenue_share), grid (r, f, customers, revenue, mean_m), retention (cohort, period, customers,
 * rate, revenue).
 */
export interface OverviewSql {
  totals: string;
  tiers: string;
  grid: string;
  retention: string;
}
