import { sqlString } from '../../src/lib/sql/sqlString';
import type { Selection } from './Selection';

/**
 * The selection as predicates on the pre-aggregated tables of selectionCellsSql: `agg` on
 * overview_sel_agg / overview_sel_ret (kind and key), `ranked` on overview_ranked (the key
 * column). null when the source is not a cell key (stage, matrix, rank, clv): those read the
 * per-customer tables (selectionWhereSql).
 */
export function cellWhereSql(sel: Selection, segmentColumns: string[]): { agg: string; ranked: string } | null {
  if (sel.keys.length === 0) throw new Error('invalid selection: no keys');
  const column =
    sel.source === 'pyramid' ? 'tier'
    : sel.source === 'rfm' ? 'rf_key'
    : sel.source === 'cohorts' ? 'cohort'
    : sel.source === 'segment' ? (sel.column ?? 'segment_rfm10')
    : null;
  if (column === null || (sel.source === 'segment' && !segmentColumns.includes(column))) return null;
  const list = sel.keys.map(sqlString).join(', ');
  return { agg: `kind = ${sqlString(column)} AND key IN (${list})`, ranked: `"${column}" IN (${list})` };
}
