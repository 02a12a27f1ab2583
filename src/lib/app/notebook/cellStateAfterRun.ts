import type { CellRunResult } from '../../notebook/runCells';
import type { Cell } from '../../notebook/types';
import type { CellRunState } from './cellRunState';

/**
 * A cell's run state once runCells reported how its run ended. A cell the user's Stop cut off
 * (`cancelled`, and not ok) shows as cancelled without an error: the abort is not the cell's
 * fault. The check is cleared: it is worked out again on the new view after the run.
 */
export function cellStateAfterRun(prev: CellRunState, ev: CellRunResult, cell: Cell | undefined, cancelled: boolean, ranAt: number): CellRunState {
  return {
    ...prev,
    status: cancelled ? 'cancelled' : ev.status,
    ms: ev.ms,
    error: cancelled ? null : (ev.error ?? null),
    statement: ev.sql ?? null,
    // Only a SQL cell's text can be edited after the run ("edited" badge); other kinds have none.
    ranText: cell?.kind === 'sql' ? cell.sql : null,
    runs: prev.runs + 1,
    ranAt,
    check: null,
    checkError: null,
  };
}
