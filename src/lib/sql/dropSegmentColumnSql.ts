import { segmentMapName } from './segmentMapName';
import { sqlIdent } from './sqlIdent';

/** Remove the `segment_<name>` column of a per-customer table (the user deleted their own map). */
export function dropSegmentColumnSql(name: string, table = 'customer_rfm'): string {
  return `ALTER TABLE ${sqlIdent(table)} DROP COLUMN IF EXISTS ${sqlIdent(`segment_${segmentMapName(name)}`)}`;
}
