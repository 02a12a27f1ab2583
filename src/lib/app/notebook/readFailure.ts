import type { Cell } from '../../notebook/types';
import type { CellRunState } from './cellRunState';

/** Failures that took the engine down (client.ts isFatal), not those of a call the restart cut off. */
const TOOK_DOWN = /Out of Memory|memory access out of bounds|unreachable|Aborted\(/i;

/**
 * The run state to record when reading a cell's result (its grid or chart query) took the engine
 * down, or null when nothing should change. A SQL or analysis cell is a lazy view: its own
 * statement succeeds and the work happens when the grid reads it, so without this the cell stays
 * `ok`, the automatic re-run on the restored data runs it again, the grid reads it again, and the
 * engine goes down again. Recorded as the cell's error, heldCells holds it and its readers.
 */
export function readFailure(
  cells: readonly Cell[],
  states: Readonly<Record<string, CellRunState>>,
  view: string,
  message: string,
): { id: string; state: CellRunState } | null {
  if (!TOOK_DOWN.test(message)) return null;
  const cell = cells.find((c) => 'name' in c && c.name.toLowerCase() === view.toLowerCase());
  const s = cell && states[cell.id];
  if (!cell || !s || s.status !== 'ok') return null;
  return { id: cell.id, state: { ...s, status: 'error', error: `reading the result failed: ${message}` } };
}
