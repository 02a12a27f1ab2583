import type { Table } from 'apache-arrow';
import type { Queryable } from '../workers/analyses/Queryable';
import { overviewData } from '../workers/overview/overviewData';
import type { Selection } from '../workers/overview/Selection';
import type { SelectionCells } from '../workers/overview/SelectionCells';

/**
 * The statements the engine's overview(selection) runs, in order, captured by running the
 * engine's own overviewData against a recorder. Native DuckDB then replays exactly the SQL the
 * worker runs, and the bench follows any change to the overview without a copy to keep in sync.
 * The recorder answers every query with an empty result, which overviewData turns into zeros.
 * With `cells` (selectionCellsSql built), a cell selection records the pre-aggregated path.
 */
export function recordOverviewSql(selection: Selection | null, cells: SelectionCells | null = null): string[] {
  const statements: string[] = [];
  const emptyColumn = { toArray: () => [], nullCount: 0, isValid: () => true };
  // SAFETY: readColumns (what overviewData reads results with) only calls getChild(name) and
  // the column's toArray/nullCount/isValid, which this stand-in provides.
  const empty = { getChild: () => emptyColumn } as unknown as Table;
  const recorder: Queryable = {
    query(sql: string) {
      statements.push(sql);
      return empty;
    },
  };
  overviewData(recorder, selection, cells);
  return statements;
}
