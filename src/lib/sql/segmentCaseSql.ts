import type { SegmentMap } from './SegmentMap';
import { segmentMapName } from './segmentMapName';
import { segmentRuleSql } from './segmentRuleSql';
import { sqlString } from './sqlString';
import { enumSql } from './enumSql';

/**
 * Compile a segment map (rules as data) into one CASE expression over per-customer columns:
 * rules in order, first match wins, `otherwise` (or NULL) for the rest, typed as an ENUM of the
 * map's segment names (enumSql: what customer_rfm stores). Throws on a rule that could never be
 * read back (no conditions, empty name, bad range).
 */
export function segmentCaseSql(map: SegmentMap): string {
  segmentMapName(map.name);
  if (map.rules.length === 0) throw new Error(`segment map ${map.name}: no rules`);
  const whens = map.rules.map((rule, i) => `  WHEN ${segmentRuleSql(rule, `segment map ${map.name}, rule ${i + 1}`)} THEN ${sqlString(rule.segment)}`);
  const otherwise = map.otherwise === undefined ? '' : `\n  ELSE ${sqlString(map.otherwise)}`;
  return enumSql(`CASE\n${whens.join('\n')}${otherwise}\nEND`, segmentCaseSql.labels(map));
}

/** The segment names a map can give, in rule order, `otherwise` last (the ENUM's labels). */
segmentCaseSql.labels = (map: SegmentMap): string[] => [...map.rules.map((r) => r.segment), ...(map.otherwise === undefined ? [] : [map.otherwise])];
