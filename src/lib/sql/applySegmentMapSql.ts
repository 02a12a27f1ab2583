import type { SegmentMap } from './SegmentMap';
import { enumSql } from './enumSql';
import { segmentCaseSql } from './segmentCaseSql';
import { segmentMapName } from './segmentMapName';
import { sqlIdent } from './sqlIdent';

/**
 * Statements that (re)write the `segment_<name>` column of a per-customer table (customer_rfm)
 * with `map`'s rules: the column is added when missing (a user's own map), then every row is
 * placed again. The linked selection (source 'segment') reads that column, so it follows the edit.
 * The column is retyped to the map's ENUM as it is rewritten (ALTER ... USING): an edit may rename
 * or add segments, which the column's old ENUM would refuse.
 */
export function applySegmentMapSql(map: SegmentMap, table = 'customer_rfm'): string[] {
  const t = sqlIdent(table);
  const col = sqlIdent(`segment_${segmentMapName(map.name)}`);
  return [
    `ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS ${col} VARCHAR`,
    `ALTER TABLE ${t} ALTER COLUMN ${col} SET DATA TYPE ${enumSql.type(segmentCaseSql.labels(map))} USING ${segmentCaseSql(map)}`,
  ];
}
