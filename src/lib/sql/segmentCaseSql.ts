import type { SegmentCondition, SegmentMap } from './SegmentMap';
import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';
import { sqlString } from './sqlString';

/**
 * Compile a segment map (rules as data) into one CASE expression over per-customer columns:
 * rules in order, first match wins, `otherwise` (or NULL) for the rest. Throws on a rule that could never
 * be read back (no conditions, empty name, bad range).
 */
export function segmentCaseSql(map: SegmentMap): string {
  if (!/^[a-z][a-z0-9_]*$/.test(map.name)) {
    throw new Error(`invalid segment map name: ${JSON.stringify(map.name)} (expected lower-case letters, digits, _)`);
  }
  if (map.rules.length === 0) throw new Error(`segment map ${map.name}: no rules`);
  const whens = map.rules.map((rule, i) => {
    const where = `segment map ${map.name}, rule ${i + 1}`;
    if (!rule.segment) throw new Error(`${where}: empty segment name`);
    const conds = Object.entries(rule.when).map(([col, c]) => condition(sqlIdent(col), c, where));
    if (conds.length === 0) throw new Error(`${where}: no conditions`);
    return `  WHEN ${conds.join(' AND ')} THEN ${sqlString(rule.segment)}`;
  });
  const otherwise = map.otherwise === undefined ? '' : `\n  ELSE ${sqlString(map.otherwise)}`;
  return `CASE\n${whens.join('\n')}${otherwise}\nEND`;
}

function condition(col: string, c: SegmentCondition, where: string): string {
  if (typeof c === 'boolean') return c ? col : `NOT ${col}`;
  if (typeof c === 'number') return `${col} = ${sqlNumber(c, `${where} value`)}`;
  if (Array.isArray(c)) {
    const [lo, hi] = c;
    if (c.length !== 2 || !(lo <= hi)) throw new Error(`${where}: invalid range [${c.join(', ')}] (expected [lo, hi], lo <= hi)`);
    return `${col} BETWEEN ${sqlNumber(lo, `${where} lo`)} AND ${sqlNumber(hi, `${where} hi`)}`;
  }
  return `regexp_full_match(${col}::VARCHAR, ${sqlString(c.regex)})`;
}
