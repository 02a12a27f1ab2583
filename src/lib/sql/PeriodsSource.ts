/** Where the *FromPeriods builders read: per-customer cohort periods (or cells), first dates, the grain. */
export interface PeriodsSource {
  /** One row per customer and cohort period (customerPeriodsSql's columns). Default `customer_periods`. */
  periods?: string;
  /**
   * Instead of `periods`: partial cells (cohort, period, customers, revenue), one row per
   * cohort period per customer slice (cohortCellsPartsSql), added up.
   */
  cells?: string;
  /** One row per customer with first_date and ref_date: the cohort sizes and starts. Default `customer_rfm`. */
  rfm?: string;
  /** The grain `periods` or `cells` was built with. Default month (customer_periods' grain). */
  period?: 'month' | 'week' | 'quarter';
}
