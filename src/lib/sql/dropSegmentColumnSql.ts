import { sqlIdent } from './sqlIdent';

/** Remove the `segment_<name>` column of a per-customer table (the user deleted their own map). */
export function dropSegmentColumnSql(name: string, table = 'customer_rfm'): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`invalid segment map name: ${JSON.stringify(name)} (expected lower-case letters, digits, _)`);
  return `ALTER TABLE ${sqlIdent(table)} DROP COLUMN IF EXISTS ${sqlIdent(`segment_${name}`)}`;
}
