import type { SegmentMap } from './SegmentMap';
import { segmentMapName } from './segmentMapName';
import { segmentRuleSql } from './segmentRuleSql';
import { sqlString } from './sqlString';

/**
 * Compile a segment map (rules as data) into one CASE expression over per-customer columns:
 * rules in order, first match wins, `otherwise` (or NULL) for the rest. Throws on a rule that could never
 * be read back (no conditions, empty name, bad range).
 */
export function segmentCaseSql(map: SegmentMap): string {
  segmentMapName(map.name);
  if (map.rules.length === 0) throw new Error(`segment map ${map.name}: no rules`);
  const whens = map.rules.map((rule, i) => `  WHEN ${segmentRuleSql(rule, `segment map ${map.name}, rule ${i + 1}`)} THEN ${sqlString(rule.segment)}`);
  const otherwise = map.otherwise === undefined ? '' : `\n  ELSE ${sqlString(map.otherwise)}`;
  return `CASE\n${whens.join('\n')}${otherwise}\nEND`;
}
