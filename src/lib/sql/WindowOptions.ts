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
}
