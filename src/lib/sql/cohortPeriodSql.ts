/**
 * SQL pieces for a cohort grain: `start(d)` truncates a date to its period, `index(d, c)` is
 * the number of whole periods from cohort start c to date d (monthly: (year(d) - year(c)) * 12
 * + month(d) - month(c), ANALYSES.md section 3), `label(c)` names a cohort ('2024-03',
 * '2024-Q1', or the Monday's date for weeks), `ordinal(d)` numbers the periods so that
 * index(d, c) = ordinal(d) - ordinal(c) for a period start c (one integer per row to group by
 * instead of a date, and a subtraction instead of four date parts per row). All core DuckDB, no icu.
 */
export function cohortPeriodSql(period: string = 'month'): {
  start: (d: string) => string;
  index: (d: string, c: string) => string;
  label: (c: string) => string;
  ordinal: (d: string) => string;
} {
  switch (period) {
    case 'month':
      return {
        start: (d) => `date_trunc('month', ${d})`,
        index: (d, c) => `((year(${d}) - year(${c})) * 12 + month(${d}) - month(${c}))::INTEGER`,
        label: (c) => `strftime(${c}, '%Y-%m')`,
        ordinal: (d) => `(year(${d}) * 12 + month(${d}))::INTEGER`,
      };
    case 'quarter':
      return {
        start: (d) => `date_trunc('quarter', ${d})`,
        index: (d, c) => `((year(${d}) - year(${c})) * 4 + quarter(${d}) - quarter(${c}))::INTEGER`,
        label: (c) => `year(${c})::VARCHAR || '-Q' || quarter(${c})::VARCHAR`,
        ordinal: (d) => `(year(${d}) * 4 + quarter(${d}))::INTEGER`,
      };
    case 'week':
      return {
        start: (d) => `date_trunc('week', ${d})`,
        index: (d, c) => `(date_diff('day', ${c}, date_trunc('week', ${d})) // 7)::INTEGER`,
        label: (c) => `${c}::VARCHAR`,
        // Weeks since Monday 1970-01-05; a week start's distance from it is a whole number of weeks.
        ordinal: (d) => `(date_diff('day', DATE '1970-01-05', date_trunc('week', ${d})) // 7)::INTEGER`,
      };
    default:
      throw new Error(`invalid period: ${String(period)} (expected month, week or quarter)`);
  }
}
