import { dependentsOf } from '../../notebook/dependentsOf';
import type { AnalysisSql } from '../../notebook/cellReads';
import type { Cell } from '../../notebook/types';
import type { CellRunState } from './cellRunState';

/** Errors a cell's run ends with when it took the engine down or was cut off by the restart (client.ts isFatal). */
const FATAL = /Out of Memory|memory access out of bounds|unreachable|Aborted\(|the engine was restarted/i;

/**
 * The cells that re-running the notebook on restored data leaves alone: each cell whose last run
 * took the engine down (out of memory, a wasm trap) or was cut off by that restart, and that has
 * not been edited since, with every cell that reads it. Re-running such a cell unasked would take
 * the new engine down again, and again; the user runs it when they choose (Run, or Run all).
 */
export function heldCells(cells: readonly Cell[], states: Readonly<Record<string, CellRunState>>, analysisSql?: AnalysisSql): Set<string> {
  const held = new Set<string>();
  for (const cell of cells) {
    const s = states[cell.id];
    if (s?.status !== 'error' || !FATAL.test(s.error ?? '')) continue;
    if (cell.kind === 'sql' && s.ranText !== cell.sql) continue; // edited since: the user changed it
    try {
      for (const id of dependentsOf(cells, cell.id, analysisSql)) held.add(id);
    } catch {
      held.add(cell.id); // a cycle or a name clash: its readers fail on their own
    }
  }
  return held;
}
