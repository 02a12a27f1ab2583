import type { Queryable } from '../analyses/Queryable';
import { num } from '../analyses/num';
import { readColumns } from '../analyses/readColumns';
import type { SelectionCells } from './SelectionCells';
import { selectionCellsSql } from './selectionCellsSql';

/**
 * From this many customers the retention cells are counted in slices of about this many
 * customers (selectionCellsSql): 6.5M customers in one join took the wasm heap to 2.9 GB.
 */
const CUSTOMERS_PER_PART = 1_000_000;

/**
 * Build the selection pre-aggregation (selectionCellsSql) over the customer_rfm and
 * customer_periods just built, and return what overviewData needs to use it (all customers'
 * totals). Run after every prepareOverviewSql, so the cells never describe older data.
 */
export function prepareSelectionCells(q: Queryable): SelectionCells {
  // No segment kinds: the rule editor rewrites customer_rfm's segment_<map> columns after the
  // cells are built (applySegmentMapSql), which would leave cells keyed by the old map. A segment
  // click reads the customer rows instead (cellWhereSql is null for a column not listed here);
  // tiers, RF cells and cohorts never change after prepareOverview.
  const segmentColumns: string[] = [];
  const customers = num(readColumns(q.query('SELECT count(*) AS n FROM customer_rfm'), ['n']).n[0]);
  const parts = customers < CUSTOMERS_PER_PART ? 0 : Math.ceil(customers / CUSTOMERS_PER_PART);
  try {
    for (const sql of selectionCellsSql(segmentColumns, parts)) q.query(sql);
  } catch (e) {
    // A build that failed half-way must not hold memory, nor leave cells of older data.
    for (const t of selectionCellsSql.TABLES) q.query(`DROP TABLE IF EXISTS ${t}`);
    throw e;
  }
  const t = readColumns(q.query('SELECT all_c, all_rev, ref_date FROM overview_totals'), ['all_c', 'all_rev', 'ref_date']);
  // SAFETY: overview_totals.ref_date is cast to VARCHAR by selectionCellsSql.
  return { segmentColumns, all: { customers: num(t.all_c[0]), revenue: num(t.all_rev[0]), refDate: (t.ref_date[0] as string | null) ?? null } };
}
