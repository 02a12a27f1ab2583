import type { CustomerRfmOptions } from './CustomerRfmOptions';
import { checkRfmOptions } from './checkRfmOptions';
import { quantileCutsSql } from './quantileCutsSql';
import { sqlIdent } from './sqlIdent';

/** What each measure is over the per-customer base table (as customerRfmGlobalsSql's `b`). */
const MEASURES = { r: 'recency_days', f: 'frequency', m: { total: 'revenue', mean: 'revenue / frequency' } } as const;

/**
 * One measure's quantile cuts over the per-customer `base` table as a one-row table
 * (`r_cuts`, `f_cuts` or `m_cuts`; the R one also has `n_customers`), for customerRfmGlobalsSql's
 * `cuts`. A quantile holds every value until it is done: the three of them in one statement held
 * about 430 MB of wasm memory for 6.5M customers, one at a time about 90 MB.
 */
export function customerRfmCutsSql(opts: CustomerRfmOptions, base: string, measure: 'r' | 'f' | 'm'): string {
  const { bins, monetary } = checkRfmOptions(opts);
  const value = measure === 'm' ? MEASURES.m[monetary] : MEASURES[measure];
  const count = measure === 'r' ? ', count(*) AS n_customers' : '';
  return `SELECT ${quantileCutsSql(`(${value})`, bins)} AS ${measure}_cuts${count} FROM ${sqlIdent(base)}`;
}
