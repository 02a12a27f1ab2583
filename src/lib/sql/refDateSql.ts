import type { WindowOptions } from './WindowOptions';
import { sqlDate } from './sqlDate';
import { sqlIdent } from './sqlIdent';

/**
 * The reference date as a DATE expression: the given `refDate`, else the day after the last
 * order date. Deliberately not `current_date`: that needs the wall clock and time zone (icu),
 * and would make results change from one day to the next.
 */
export function refDateSql(opts: WindowOptions = {}): string {
  if (opts.refDate !== undefined) return sqlDate(opts.refDate, 'refDate');
  return `(SELECT max(order_date) + 1 FROM ${sqlIdent(opts.table ?? 'transactions')})`;
}
