import type { CustomerRfmOptions } from './CustomerRfmOptions';
import { segmentCaseSql } from './segmentCaseSql';
import { segmentMapsOf } from './segmentMapsOf';
import { sqlIdent } from './sqlIdent';

// customerRfmSql's columns before and after its segment columns, in its order (rfmSql, the
// 高 flags; then pyramidSql's). Tested equal to a DESCRIBE of customerRfmSql.
const BEFORE = [
  'customer_id', 'ref_date', 'first_date', 'last_date', 'recency_days', 'frequency', 'revenue', 'margin', 'monetary',
  'r', 'f', 'm', 'rfm_cell', 'rf', 'm_nonpositive', 'single_order', 'r_high', 'f_high', 'm_high',
];
const AFTER = ['value', 'value_rank', 'tier', 'tier_index'];

/**
 * customerRfmSql(opts)'s rows (same columns, order, types and values) read from `table`, a
 * customer_rfm built with the same options (prepareOverviewSql), instead of computed again from
 * every order: the notebook's RFM cell over 20M rows would otherwise rebuild it in one statement,
 * which does not fit in wasm memory. The segment columns are placed again from the scores with
 * the options' maps, since the Segments tab writes the user's own rules into that table.
 */
export function customerRfmReadSql(opts: CustomerRfmOptions = {}, table = 'customer_rfm'): string {
  const { maps } = segmentMapsOf(opts);
  const segments = maps.map((m) => `${segmentCaseSql(m)} AS segment_${m.name}`);
  return `SELECT ${[...BEFORE, ...segments, ...AFTER].join(',\n  ')}
FROM ${sqlIdent(table)}`;
}
