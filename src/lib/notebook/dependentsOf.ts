import { cellGraph } from './cellGraph';
import type { AnalysisSql } from './cellReads';
import type { Cell } from './types';

/**
 * The cells to re-run after the cell `cellId` was edited: that cell first, then every cell
 * that reads it directly or through others, each after the cells it reads; nothing else.
 * Throws when one of them is on a cycle or shares its name with another cell, with the
 * graph's message (`cells a → b → a form a cycle`).
 */
export function dependentsOf(cells: readonly Cell[], cellId: string, analysisSql?: AnalysisSql): string[] {
  if (!cells.some((c) => c.id === cellId)) throw new Error(`no cell with id ${JSON.stringify(cellId)}`);
  const graph = cellGraph(cells, analysisSql);
  const affected = new Set([cellId]);
  const queue = [cellId];
  while (queue.length > 0) {
    for (const reader of graph.readers.get(queue.shift() ?? '') ?? []) {
      if (!affected.has(reader)) {
        affected.add(reader);
        queue.push(reader);
      }
    }
  }
  const problem = graph.problems.find((p) => p.kind !== 'name' && p.cellIds.some((id) => affected.has(id)));
  if (problem) throw new Error(problem.message);
  return graph.order.filter((id) => affected.has(id));
}
