import type { Queryable } from '../analyses/Queryable';
import { num } from '../analyses/num';
import { readColumns } from '../analyses/readColumns';
import type { SelectionCells } from './SelectionCells';
import { selectionCellsSql } from './selectionCellsSql';

/**
 * Build the selection pre-aggregation (selectionCellsSql) over the customer_rfm and
 * customer_periods just built, and return what overviewData needs to use it (segment columns,
 * all customers' totals). Run after every prepareOverviewSql, so the cells never describe older data.
 */
export function prepareSelectionCells(q: Queryable): SelectionCells {
  const cols = readColumns(
    q.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_rfm' AND table_schema = 'main' AND column_name LIKE 'segment\\_%' ESCAPE '\\' ORDER BY ordinal_position`),
    ['column_name'],
  );
  const segmentColumns = cols.column_name.map(String);
  for (const sql of selectionCellsSql(segmentColumns)) q.query(sql);
  const t = readColumns(q.query('SELECT all_c, all_rev, ref_date FROM overview_totals'), ['all_c', 'all_rev', 'ref_date']);
  return { segmentColumns, all: { customers: num(t.all_c[0]), revenue: num(t.all_rev[0]), refDate: (t.ref_date[0] as string | null) ?? null } };
}
