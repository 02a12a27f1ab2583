import { cellNameError } from './cellNameError';
import { cellReads, type AnalysisSql } from './cellReads';
import type { Cell } from './types';

/** Something in the notebook that stops cells from running as written. */
export interface CellProblem {
  kind: 'cycle' | 'duplicate' | 'name';
  /** The cells concerned, in notebook order (for a cycle: along the cycle). */
  cellIds: string[];
  message: string;
}

/** Which cell reads which, from cell names and the tables each cell's SQL reads. */
export interface CellGraph {
  /** Every cell id, each after the cells it reads, otherwise in notebook order; cells on a cycle last. */
  order: string[];
  /** Cell id -> ids of the cells it reads. Names that no cell defines (base tables) are left out. */
  reads: Map<string, string[]>;
  /** Cell id -> ids of the cells that read it directly. */
  readers: Map<string, string[]>;
  problems: CellProblem[];
}

/** The label of a cell in messages: its name, else its id. */
const label = (cell: Cell): string => ('name' in cell ? cell.name : cell.id);

/**
 * Build the dependency graph of a notebook's cells (DESIGN.md, "Notebook": each SQL or analysis
 * cell defines a view of its name; a cell reads the cells whose names its SQL references).
 * References to names no cell defines are left to DuckDB: they may be imported tables.
 * Reports duplicate and invalid names and every cycle, e.g. `cells a → b → a form a cycle`.
 */
export function cellGraph(cells: readonly Cell[], analysisSql?: AnalysisSql): CellGraph {
  const problems: CellProblem[] = [];
  const byName = new Map<string, string[]>();
  for (const cell of cells) {
    if (cell.kind !== 'sql' && cell.kind !== 'analysis') continue;
    const error = cellNameError(cell.name);
    if (error) problems.push({ kind: 'name', cellIds: [cell.id], message: `cell ${cell.id}: ${error}` });
    const key = cell.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), cell.id]);
  }
  for (const [name, ids] of byName) {
    if (ids.length > 1) {
      problems.push({ kind: 'duplicate', cellIds: ids, message: `name ${name} is used by ${ids.length} cells (${ids.join(', ')}): rename all but one` });
    }
  }

  const reads = new Map<string, string[]>();
  const readers = new Map<string, string[]>(cells.map((c) => [c.id, []]));
  for (const cell of cells) {
    const deps = [...new Set(cellReads(cell, analysisSql).flatMap((name) => byName.get(name) ?? []))];
    reads.set(cell.id, deps);
    for (const dep of deps) readers.get(dep)?.push(cell.id);
  }

  // Kahn's algorithm, always taking the first ready cell in notebook order so the run order
  // stays the order the author wrote wherever the dependencies allow it.
  const waiting = new Map(cells.map((c) => [c.id, reads.get(c.id)?.length ?? 0]));
  const order: string[] = [];
  const done = new Set<string>();
  for (;;) {
    const next = cells.find((c) => !done.has(c.id) && waiting.get(c.id) === 0);
    if (!next) break;
    done.add(next.id);
    order.push(next.id);
    for (const r of readers.get(next.id) ?? []) waiting.set(r, (waiting.get(r) ?? 0) - 1);
  }
  const stuck = cells.filter((c) => !done.has(c.id));
  order.push(...stuck.map((c) => c.id));
  problems.push(...cycles(cells, stuck.map((c) => c.id), reads));
  return { order, reads, readers, problems };
}

/** One problem per cycle among the stuck cells, each named along its path. */
function cycles(cells: readonly Cell[], stuck: string[], reads: Map<string, string[]>): CellProblem[] {
  const labels = new Map(cells.map((c) => [c.id, label(c)]));
  const inStuck = new Set(stuck);
  const reported = new Set<string>();
  const out: CellProblem[] = [];
  for (const start of stuck) {
    if (reported.has(start)) continue;
    // Walk backwards along reads: every stuck cell reads a stuck cell, so the walk must repeat.
    const path: string[] = [];
    const seen = new Map<string, number>();
    let at = start;
    while (!seen.has(at)) {
      seen.set(at, path.length);
      path.push(at);
      at = (reads.get(at) ?? []).find((d) => inStuck.has(d)) ?? at;
    }
    const loop = path.slice(seen.get(at));
    if (loop.some((id) => reported.has(id))) continue;
    for (const id of loop) reported.add(id);
    // Show the flow of data (a → b: b reads a), from the cycle's first cell in notebook order.
    const reversed = [...loop].reverse();
    const first = reversed.indexOf(stuck.find((id) => reversed.includes(id)) ?? reversed[0]);
    const flow = [...reversed.slice(first), ...reversed.slice(0, first)];
    const names = [...flow, flow[0]].map((id) => labels.get(id) ?? id);
    out.push({ kind: 'cycle', cellIds: flow, message: `cells ${names.join(' → ')} form a cycle` });
  }
  return out;
}
