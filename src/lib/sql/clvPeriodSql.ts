import type { ClvPeriodOptions } from './ClvPeriodOptions';

/**
 * SQL pieces of a calendar period grid: `number(d)` counts periods from year 0 (month:
 * year·12 + month - 1; quarter: year·4 + quarter - 1; year: year), so the difference of two
 * numbers is the number of whole periods between them, and `value` is the line's worth
 * (`amount`, or `coalesce(line_margin, 0)` over transactionLinesSql rows). Core DuckDB only.
 */
export function clvPeriodSql(opts: Pick<ClvPeriodOptions, 'period' | 'value'> = {}): { number: (d: string) => string; value: string } {
  const period = opts.period ?? 'year';
  const value = opts.value ?? 'revenue';
  if (value !== 'revenue' && value !== 'margin') throw new Error(`invalid value: ${String(value)} (expected revenue or margin)`);
  const v = value === 'revenue' ? 'amount' : 'coalesce(line_margin, 0)';
  switch (period) {
    case 'month':
      return { number: (d) => `(year(${d}) * 12 + month(${d}) - 1)`, value: v };
    case 'quarter':
      return { number: (d) => `(year(${d}) * 4 + quarter(${d}) - 1)`, value: v };
    case 'year':
      return { number: (d) => `year(${d})`, value: v };
    default:
      throw new Error(`invalid period: ${String(period)} (expected month, quarter or year)`);
  }
}
