import { sqlIdent } from '../../src/lib/sql/sqlIdent';
import { sqlString } from '../../src/lib/sql/sqlString';
import type { Selection } from './Selection';

/**
 * The selection as predicates for the pre-aggregated path: `agg` on selectionCellsSql's
 * overview_sel_agg / overview_sel_ret (kind and key), `ranked` on customer_rfm's own columns
 * (tier; r and f; the month of first_date, which is the customer's cohort; a segment column),
 * so that no copy of the keys is stored beside customer_rfm. Keys that cannot be an RF cell
 * (`r,f`) or a cohort (`YYYY-MM`) select nobody, as they match no cell. null when the source
 * is not a cell key (stage, matrix, rank, clv): those read the per-customer tables
 * (selectionWhereSql).
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
  return { agg: `kind = ${sqlString(column)} AND key IN (${list})`, ranked: rankedWhere(column, sel.keys, list) };
}

function rankedWhere(column: string, keys: string[], list: string): string {
  if (column === 'rf_key') {
    const cells = keys.map((k) => /^(\d{1,2}),(\d{1,2})$/.exec(k)).filter((m) => m !== null).map((m) => `(r = ${Number(m[1])} AND f = ${Number(m[2])})`);
    return cells.length > 0 ? `(${cells.join(' OR ')})` : 'false';
  }
  if (column === 'cohort') {
    // The cohort label is the month of first_date as YYYY-MM (selectionCellsSql, customer_periods).
    const months = keys.map((k) => /^(\d{4})-(0[1-9]|1[0-2])$/.exec(k)).filter((m) => m !== null).map((m) => `DATE '${m[1]}-${m[2]}-01'`);
    return months.length > 0 ? `date_trunc('month', first_date) IN (${months.join(', ')})` : 'false';
  }
  return `${sqlIdent(column)} IN (${list})`;
}
