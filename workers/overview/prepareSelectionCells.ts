import type { Queryable } from '../analyses/Queryable';
import { readColumns } from '../analyses/readColumns';
import { selectionCellsSql } from './selectionCellsSql';

/**
 * Build the selection pre-aggregation (selectionCellsSql) over the customer_rfm and
 * customer_periods just built, and return what overviewData needs to use it: customer_rfm's
 * segment columns. Run after every prepareOverviewSql, so the cells never describe older data.
 */
export function prepareSelectionCells(q: Queryable): { segmentColumns: string[] } {
  const cols = readColumns(
    q.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'customer_rfm' AND table_schema = 'main' AND column_name LIKE 'segment\\_%' ESCAPE '\\' ORDER BY ordinal_position`),
    ['column_name'],
  );
  const segmentColumns = cols.column_name.map(String);
  for (const sql of selectionCellsSql(segmentColumns)) q.query(sql);
  return { segmentColumns };
}
