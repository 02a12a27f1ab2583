import type { TierSet } from './TierSet';
import { sqlString } from './sqlString';
import { tierNames } from './tierNames';
import { enumSql } from './enumSql';

/**
 * CASE expressions (tier name, tier index 1..) over `value_rank` (1 = highest value, ties by
 * customer_id) and `n_customers`: rank i is in the first tier whose cumulative bound b has
 * i <= b*N; the last tier takes the rest. Bounds are summed in JS and rounded to 12 digits
 * because 0.01 + 0.19 is 0.19999999999999998 in binary; the 1e-6 slack keeps b*N = 80 from
 * reading as 79.99999999999999. The name is an ENUM of the set's names, top down (enumSql).
 */
export function tierCaseSql(set: TierSet): { name: string; index: string } {
  const { tiers } = set;
  if (tiers.length === 0) throw new Error('invalid tiers: none (expected at least one)');
  const names = tierNames(set);
  if (new Set(names).size !== names.length) throw new Error(`invalid tiers: duplicate name in ${names.join(', ')}`);
  let cum = 0;
  const bounds = tiers.slice(0, -1).map((t) => {
    if (!(t.share > 0 && t.share <= 1)) throw new Error(`invalid share of ${t.name}: ${t.share} (expected 0..1)`);
    cum = Math.round((cum + t.share) * 1e12) / 1e12;
    if (cum > 1) throw new Error(`invalid tiers: shares add up to ${cum} before ${t.name} (expected <= 1)`);
    return cum;
  });
  const np = set.nonPositive;
  const arms = (label: (i: number) => string) => {
    // The bound as a DOUBLE: a literal like 0.01 is a DECIMAL, and DECIMAL times the BIGINT count
    // is 128-bit arithmetic on every row (Node, 1M rows: customer_rfm about a tenth faster so).
    // Doubles are exact enough here: b*N is off by far less than the slack below 50M customers.
    const whens = bounds.map((b, i) => `WHEN value_rank <= floor(${b}::DOUBLE * n_customers + 1e-6) THEN ${label(i)}`);
    if (np !== undefined) whens.unshift(`WHEN value <= 0 THEN ${label(tiers.length)}`);
    return `CASE ${whens.join(' ')} ELSE ${label(tiers.length - 1)} END`;
  };
  return { name: enumSql(arms((i) => sqlString(names[i])), names), index: arms((i) => String(i + 1)) };
}
