import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';
import { sqlString } from './sqlString';

/**
 * The customers of a selection (a segment, tier, stage, grid cell...), read from a per-customer
 * table such as customer_rfm, never from transactions: `where` maps a column to the values
 * wanted (columns AND-ed, values OR-ed). E.g. { segment_rfm10: ['At Risk'], r: [1, 2] }.
 * Rows come in `orderBy` order (default customer_id; value_rank on customer_rfm lists the best first).
 */
export function customerSelectionSql(opts: {
  source?: string;
  where?: Record<string, (string | number | boolean)[]>;
  columns?: string[];
  orderBy?: string;
  limit?: number;
}): string {
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  const cols = opts.columns === undefined ? '*' : opts.columns.map(sqlIdent).join(', ');
  const conds = Object.entries(opts.where ?? {}).map(([col, vals]) => {
    if (vals.length === 0) throw new Error(`invalid selection on ${col}: no values`);
    const lits = vals.map((v) => (typeof v === 'string' ? sqlString(v) : typeof v === 'boolean' ? String(v) : sqlNumber(v, col)));
    return `${sqlIdent(col)} IN (${lits.join(', ')})`;
  });
  const where = conds.length === 0 ? '' : `\nWHERE ${conds.join('\n  AND ')}`;
  const limit = opts.limit === undefined ? '' : `\nLIMIT ${sqlNumber(opts.limit, 'limit', 0)}`;
  return `SELECT ${cols} FROM ${src}${where}\nORDER BY ${sqlIdent(opts.orderBy ?? 'customer_id')}${limit}`;
}
