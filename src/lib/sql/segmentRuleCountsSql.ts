import type { SegmentMap } from './SegmentMap';
import { segmentMapName } from './segmentMapName';
import { segmentRuleSql } from './segmentRuleSql';
import { sqlIdent } from './sqlIdent';

/**
 * Per rule of `map` (1-based `rule`, in map order): `matches` = customers whose scores meet the
 * rule, `assigned` = customers for whom it is the first rule that matches (what the rule gets,
 * since the first match wins); plus one row with rule = 0 for the customers no rule matches.
 * Shows where an earlier rule takes customers a later one would also match.
 */
export function segmentRuleCountsSql(opts: { map: SegmentMap; source?: string }): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const name = segmentMapName(opts.map.name);
  if (opts.map.rules.length === 0) throw new Error(`segment map ${name}: no rules`);
  const hits = opts.map.rules.map((r, i) => `coalesce(${segmentRuleSql(r, `segment map ${name}, rule ${i + 1}`)}, false)`);
  return `WITH c AS (
  SELECT [${hits.join(',\n    ')}] AS hits
  FROM ${src}
),
f AS (SELECT hits, list_position(hits, true) AS first_rule FROM c)
SELECT rule::INTEGER AS rule,
  (count(hits) FILTER (WHERE CASE WHEN rule = 0 THEN first_rule IS NULL ELSE hits[rule] END))::INTEGER AS matches,
  (count(hits) FILTER (WHERE coalesce(first_rule, 0) = rule))::INTEGER AS assigned
FROM range(0, ${opts.map.rules.length + 1}) AS r(rule) LEFT JOIN f ON true
GROUP BY rule
ORDER BY rule`;
}
