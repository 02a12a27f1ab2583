import type { SegmentMap } from './SegmentMap';
import { segmentCaseSql } from './segmentCaseSql';
import { segmentMapName } from './segmentMapName';
import { sqlIdent } from './sqlIdent';

/**
 * Statements that (re)write the `segment_<name>` column of a per-customer table (customer_rfm)
 * with `map`'s rules: the column is added when missing (a user's own map), then every row is
 * placed again. The linked selection (source 'segment') reads that column, so it follows the edit.
 */
export function applySegmentMapSql(map: SegmentMap, table = 'customer_rfm'): string[] {
  const t = sqlIdent(table);
  const col = sqlIdent(`segment_${segmentMapName(map.name)}`);
  return [
    `ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS ${col} VARCHAR`,
    `UPDATE ${t} SET ${col} = ${segmentCaseSql(map)}`,
  ];
}
