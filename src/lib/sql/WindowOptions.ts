/**
 * Which transactions an analysis reads. Every analysis is a snapshot at `refDate`: only orders
 * dated before it count, so the same SQL answers "as of" any past date (lifecycle migration).
 */
export interface WindowOptions {
  /** The transactions table (ANALYSES.md input schema). Default `transactions`. */
  table?: string;
  /** `YYYY-MM-DD`; default the day after the last order date in `table`. Orders on or after it are ignored. */
  refDate?: string;
  /** `YYYY-MM-DD`; when set, orders before it are ignored (customers with none after it drop out). */
  from?: string;
  /**
   * Every line of `table` is an order of its own (no order id repeats: the import's summary
   * counted as many orders as rows; linesAreOrders.COMMENT marks such a table). ordersSql then
   * reads the lines as orders instead of grouping them, with the same result.
   */
  linesAreOrders?: boolean;
}
