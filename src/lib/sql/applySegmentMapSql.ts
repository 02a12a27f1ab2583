import type { SegmentMap } from './SegmentMap';
import { customerRfmDdl } from './customerRfmDdl';
import { enumSql } from './enumSql';
import { segmentCaseSql } from './segmentCaseSql';
import { segmentMapName } from './segmentMapName';
import { sqlIdent } from './sqlIdent';

/**
 * Statements that (re)write the `segment_<name>` column of a per-customer table (customer_rfm)
 * with `map`'s rules: the column is added when missing (a user's own map), then every row is
 * placed again. The linked selection (source 'segment') reads that column, so it follows the edit.
 * The column is retyped to the map's ENUM as it is rewritten (ALTER ... USING): an edit may rename
 * or add segments, which the column's old ENUM would refuse. ALTER ... USING cannot read a
 * generated column (customer_rfm's computed ones: customerRfmDdl), so a map that tests one is
 * written by an UPDATE into text instead, then retyped.
 */
export function applySegmentMapSql(map: SegmentMap, table = 'customer_rfm'): string[] {
  const t = sqlIdent(table);
  const col = sqlIdent(`segment_${segmentMapName(map.name)}`);
  const type = enumSql.type(segmentCaseSql.labels(map));
  const add = `ALTER TABLE ${t} ADD COLUMN IF NOT EXISTS ${col} VARCHAR`;
  const reads = new Set(map.rules.flatMap((r) => Object.keys(r.when).map((c) => c.toLowerCase())));
  if (customerRfmDdl.computable().some((c) => reads.has(c))) {
    const retype = (to: string) => `ALTER TABLE ${t} ALTER COLUMN ${col} SET DATA TYPE ${to}`;
    return [add, retype('VARCHAR'), `UPDATE ${t} SET ${col} = ${segmentCaseSql(map)}`, retype(type)];
  }
  return [add, `ALTER TABLE ${t} ALTER COLUMN ${col} SET DATA TYPE ${type} USING ${segmentCaseSql(map)}`];
}
