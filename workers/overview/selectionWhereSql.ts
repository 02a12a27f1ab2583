import { sqlIdent } from '../../src/lib/sql/sqlIdent';
import { sqlString } from '../../src/lib/sql/sqlString';
import type { Selection } from './Selection';

/**
 * The selection as a predicate on `customer_rfm` rows. Every chart's selection becomes a filter
 * on pre-aggregated per-customer tables, so a click never rescans the transactions.
 */
export function selectionWhereSql(sel: Selection): string {
  if (sel.keys.length === 0) throw new Error('invalid selection: no keys');
  const list = sel.keys.map(sqlString).join(', ');
  switch (sel.source) {
    case 'pyramid':
      return `tier IN (${list})`;
    case 'rfm':
      return `(r::VARCHAR || ',' || f::VARCHAR) IN (${list})`;
    case 'cohorts':
      return `customer_id IN (SELECT customer_id FROM customer_periods WHERE period = 0 AND cohort IN (${list}))`;
    case 'stage':
      // customer_stage is built by the lifecycle view with the rules it shows (loadLifecycle).
      return `customer_id IN (SELECT customer_id FROM customer_stage WHERE stage IN (${list}))`;
    case 'segment': {
      const column = sel.column ?? 'segment_rfm10';
      if (!/^segment_\w+$/.test(column)) throw new Error(`invalid selection column: ${column} (expected segment_<map>)`);
      return `${sqlIdent(column)} IN (${list})`;
    }
  }
}
