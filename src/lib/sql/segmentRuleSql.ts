import type { SegmentCondition, SegmentRule } from './SegmentMap';
import { regexAlternatives } from './regexAlternatives';
import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';
import { sqlString } from './sqlString';

/**
 * One rule's conditions as a boolean SQL expression over per-customer columns (all must hold).
 * `where` names the rule in errors: `segment map rfm10, rule 3: invalid range [5, 2] ...`.
 */
export function segmentRuleSql(rule: SegmentRule, where: string): string {
  if (!rule.segment) throw new Error(`${where}: empty segment name`);
  const conds = Object.entries(rule.when).map(([col, c]) => condition(sqlIdent(col), c, where));
  if (conds.length === 0) throw new Error(`${where}: no conditions`);
  return conds.join(' AND ');
}

function condition(col: string, c: SegmentCondition, where: string): string {
  if (typeof c === 'boolean') return c ? col : `NOT ${col}`;
  if (typeof c === 'number') return `${col} = ${sqlNumber(c, `${where} value`)}`;
  if (Array.isArray(c)) {
    const [lo, hi] = c;
    if (c.length !== 2 || !(lo <= hi)) throw new Error(`${where}: invalid range [${c.join(', ')}] (expected [lo, hi], lo <= hi)`);
    return `${col} BETWEEN ${sqlNumber(lo, `${where} lo`)} AND ${sqlNumber(hi, `${where} hi`)}`;
  }
  // A pattern of literal characters and simple classes is a short list of strings.
  const alternatives = regexAlternatives(c.regex);
  if (alternatives !== null) return `${col}::VARCHAR IN (${alternatives.map(sqlString).join(', ')})`;
  return `regexp_full_match(${col}::VARCHAR, ${sqlString(c.regex)})`;
}
