/** Options for {@link clvSummary}. */
export interface ClvSummaryOptions {
  /** Last day of the calibration window, YYYY-MM-DD, inclusive. */
  calibrationEnd: string;
  /** Time unit of t_x and T (default week). */
  unit?: 'day' | 'week' | 'month';
  /** Last day counted in the holdout, YYYY-MM-DD, inclusive (default: every later order). */
  holdoutEnd?: string;
  /** Table with line, customer_id, order_id, order_date, amount (default transactions). */
  table?: string;
  /**
   * Merge a customer's orders on the same day into one purchase (default true, the convention of
   * the published CDNOW analyses). False counts each order_id: right for data from a continuous-time
   * process, such as gen-transactions.mjs, where a fast buyer's orders can share a day.
   */
  mergeSameDay?: boolean;
}

// Days per unit. A month is the mean Gregorian month, 365.25/12 = 30.4375 days, so the three units
// are exact multiples of one another and a fit in months equals a fit in days rescaled; calendar
// month counts would round t_x and T to whole months and throw away the timing the models use.
const DAYS: Record<NonNullable<ClvSummaryOptions['unit']>, string> = {
  day: '1.0',
  week: '7.0',
  month: '30.4375',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateLiteral(name: string, value: string): string {
  // The round trip rejects dates that parse by rolling over, such as 2023-02-29.
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new Error(`invalid ${name}: ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  }
  return `DATE '${value}'`;
}

/**
 * SQL for the per-customer summary the purchase models are fitted on (Fader, Hardie & Lee 2005;
 * the lifetimes `summary_data_from_transaction_data` conventions). One row per customer
 * whose first purchase is on or before the calibration end, ordered by customer_id:
 * `customer_id, first_date, x` (repeat purchases in calibration), `t_x` (first to last purchase),
 * `"T"` (first purchase to calibration end), `mean_repeat_value` (mean value of the repeat
 * purchases, NULL when x = 0), `holdout_x` (purchases after the calibration end).
 * By default orders on the same day are merged into one purchase, as in the published CDNOW
 * analyses: a second order minutes later is usually a forgotten item, not a repeat visit. Dates
 * are whole days, so times are multiples of a day. Core DuckDB only (no icu extension).
 */
export function clvSummary(options: ClvSummaryOptions): string {
  const cal = dateLiteral('calibration end', options.calibrationEnd);
  const unit = options.unit ?? 'week';
  const days = Object.hasOwn(DAYS, unit) ? DAYS[unit] : undefined;
  if (days === undefined) {
    throw new Error(`invalid unit: ${JSON.stringify(options.unit)} (expected day, week or month)`);
  }
  const table = options.table ?? 'transactions';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new Error(`invalid table name: ${JSON.stringify(table)}`);
  const holdout =
    options.holdoutEnd === undefined
      ? `day > ${cal}`
      : `day > ${cal} AND day <= ${dateLiteral('holdout end', options.holdoutEnd)}`;
  const merge = options.mergeSameDay ?? true;
  // Without merging, a row with no order id is an order of its own (`line` is unique).
  const purchase = merge ? 'CAST(order_date AS DATE)' : `coalesce(order_id, '#' || line)`;
  // The first purchase: the earliest day, ties (only without merging) by the purchase key. Its
  // value is taken out of the calibration sum by arg_min, an aggregate, where a row_number()
  // window would sort every purchase of every customer (the slowest step at a million rows).
  const first = merge ? 'arg_min(value, day)' : 'arg_min(value, (day, purchase))';
  const inCal = `day <= ${cal}`;
  const calCount = `count(*) FILTER (WHERE ${inCal})`;
  return `WITH purchases AS (
  SELECT customer_id, ${purchase} AS purchase, min(CAST(order_date AS DATE)) AS day, sum(amount) AS value
  FROM ${table}
  WHERE customer_id IS NOT NULL AND order_date IS NOT NULL
  GROUP BY customer_id, ${purchase}
)
SELECT
  customer_id,
  min(day) AS first_date,
  CAST(${calCount} - 1 AS INTEGER) AS x,
  date_diff('day', min(day), max(day) FILTER (WHERE ${inCal})) / ${days} AS t_x,
  date_diff('day', min(day), ${cal}) / ${days} AS "T",
  CASE WHEN ${calCount} > 1 THEN (sum(value) FILTER (WHERE ${inCal}) - ${first}) / (${calCount} - 1) END AS mean_repeat_value,
  CAST(count(*) FILTER (WHERE ${holdout}) AS INTEGER) AS holdout_x
FROM purchases
GROUP BY customer_id
HAVING min(day) <= ${cal}
ORDER BY customer_id`;
}
