import { sqlIdent } from '../../src/lib/sql/sqlIdent';
import { sqlString } from '../../src/lib/sql/sqlString';
import type { Selection } from './Selection';
import { rankBand } from './rankBand';

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
    case 'matrix': {
      // customer_matrix is built by the matrices view with the axes it shows (loadMatrices).
      const matrix = sel.column ?? 'value';
      if (matrix !== 'value' && matrix !== 'loyalty') throw new Error(`invalid selection matrix: ${matrix} (expected value or loyalty)`);
      return `customer_id IN (SELECT customer_id FROM customer_matrix WHERE matrix = '${matrix}' AND cell IN (${list}))`;
    }
    case 'rank': {
      // value_rank 1 = the highest value: the band's customers, best first as the Lorenz chart draws them.
      const bands = sel.keys.map(rankBand).map(({ from, to }) => `(value_rank > ${from} * n AND value_rank <= ${to} * n)`);
      return `customer_id IN (SELECT customer_id FROM (SELECT customer_id, value_rank, count(*) OVER () AS n FROM customer_rfm) AS ranked
  WHERE ${bands.join(' OR ')})`;
    }
    case 'segment': {
      const column = sel.column ?? 'segment_rfm10';
      if (!/^segment_\w+$/.test(column)) throw new Error(`invalid selection column: ${column} (expected segment_<map>)`);
      return `${sqlIdent(column)} IN (${list})`;
    }
  }
}
