import { sqlNumber } from './sqlNumber';

/**
 * "High" for a matrix axis: value > quantile_cont(value, q) over all rows (q = 0.5 splits at the
 * median; 0.8 makes "high" the top 20%). Strictly greater, like the RFM scores, so a value equal
 * to the cut is low and a median of 0 leaves every zero low.
 */
export function splitSql(column: string, q: number): string {
  if (!(q > 0 && q < 1)) throw new Error(`invalid split: ${String(q)} (expected 0 < split < 1)`);
  return `${column} > quantile_cont(${column}, ${sqlNumber(q, 'split')}) OVER ()`;
}
