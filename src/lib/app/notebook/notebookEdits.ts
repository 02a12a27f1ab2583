import { cellNameError } from '../../notebook/cellNameError';
import type { AnalysisKind, Cell, Notebook } from '../../notebook/types';

/** The kinds of cell a user can add. */
export type NewCellKind = Cell['kind'];

/** A fresh id that no cell of `cells` has (ids are 1-64 of A-Z a-z 0-9 _ -). */
export function newCellId(cells: readonly Cell[], random: () => number = Math.random): string {
  const taken = new Set(cells.map((c) => c.id));
  for (;;) {
    const id = `c${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The names of the SQL and analysis cells, lowercased (names are matched without case). */
function takenNames(cells: readonly Cell[], exceptId?: string): Set<string> {
  return new Set(cells.flatMap((c) => ('name' in c && c.id !== exceptId ? [c.name.toLowerCase()] : [])));
}

/** `base` if no cell uses it, else `base_2`, `base_3`... A valid cell name either way. */
export function uniqueName(cells: readonly Cell[], base: string): string {
  const clean = cellNameError(base) === null ? base : 'cell';
  const taken = takenNames(cells);
  if (!taken.has(clean.toLowerCase())) return clean;
  const stem = clean.replace(/_\d+$/, '');
  for (let i = 2; ; i++) {
    const name = `${stem}_${i}`.slice(-63);
    if (!taken.has(name.toLowerCase()) && cellNameError(name) === null) return name;
  }
}

/**
 * Why `name` cannot be the name of cell `id`: cellNameError's reason, or another cell has it.
 * Null when it can.
 */
export function renameError(cells: readonly Cell[], id: string, name: string): string | null {
  const invalid = cellNameError(name);
  if (invalid) return invalid;
  return takenNames(cells, id).has(name.toLowerCase()) ? `name ${name} is used by another cell` : null;
}

/** A new cell of `kind` with starter content; `source` is the name a chart cell draws. */
export function makeCell(cells: readonly Cell[], kind: NewCellKind, opts: { source?: string; analysis?: AnalysisKind; random?: () => number } = {}): Cell {
  const id = newCellId(cells, opts.random);
  switch (kind) {
    case 'markdown':
      return { id, kind, text: '' };
    case 'sql':
      return { id, kind, name: uniqueName(cells, 'query_1'), sql: 'SELECT *\nFROM transactions\nLIMIT 100' };
    case 'analysis': {
      const analysis = opts.analysis ?? 'rfm';
      return { id, kind, name: uniqueName(cells, analysis), analysis, options: {} };
    }
    case 'chart': {
      const named = cells.filter((c) => c.kind === 'sql' || c.kind === 'analysis');
      const source = opts.source ?? (named.length ? named[named.length - 1] : undefined)?.name ?? 'transactions';
      return { id, kind, source, chart: { type: 'bar', fields: {} } };
    }
  }
}

/** The notebook with `cell` inserted at `index` (default: at the end). */
export function insertCell(nb: Notebook, cell: Cell, index = nb.cells.length): Notebook {
  const at = Math.max(0, Math.min(index, nb.cells.length));
  return { ...nb, cells: [...nb.cells.slice(0, at), cell, ...nb.cells.slice(at)] };
}

/** The notebook with cell `id` replaced by `update(cell)`; unchanged when there is no such cell. */
export function updateCell(nb: Notebook, id: string, update: (cell: Cell) => Cell): Notebook {
  const i = nb.cells.findIndex((c) => c.id === id);
  if (i < 0) return nb;
  const next = update(nb.cells[i]);
  if (next === nb.cells[i]) return nb;
  const cells = [...nb.cells];
  cells[i] = next;
  return { ...nb, cells };
}

/** The notebook with cell `id` moved `delta` places (clamped); unchanged at either end. */
export function moveCell(nb: Notebook, id: string, delta: number): Notebook {
  const i = nb.cells.findIndex((c) => c.id === id);
  if (i < 0) return nb;
  const j = Math.max(0, Math.min(nb.cells.length - 1, i + delta));
  if (i === j) return nb;
  const cells = [...nb.cells];
  const [cell] = cells.splice(i, 1);
  cells.splice(j, 0, cell);
  return { ...nb, cells };
}

/** The notebook with a copy of cell `id` right after it (new id; a named cell gets a free name). */
export function duplicateCell(nb: Notebook, id: string, random?: () => number): { nb: Notebook; id: string | null } {
  const i = nb.cells.findIndex((c) => c.id === id);
  if (i < 0) return { nb, id: null };
  // SAFETY: cells are plain JSON data (types.ts), so a JSON round trip is a deep copy.
  const copy = JSON.parse(JSON.stringify(nb.cells[i])) as Cell;
  copy.id = newCellId(nb.cells, random);
  if ('name' in copy) copy.name = uniqueName(nb.cells, `${copy.name}_copy`);
  return { nb: insertCell(nb, copy, i + 1), id: copy.id };
}

/** The notebook without cell `id`. */
export function deleteCell(nb: Notebook, id: string): Notebook {
  const cells = nb.cells.filter((c) => c.id !== id);
  return cells.length === nb.cells.length ? nb : { ...nb, cells };
}

/** The analysis cell `id` as an ordinary SQL cell with the same id and name, holding `sql`. */
export function convertToSql(nb: Notebook, id: string, sql: string): Notebook {
  return updateCell(nb, id, (c) => (c.kind === 'analysis' ? { id: c.id, kind: 'sql', name: c.name, sql } : c));
}

/** What defines a named cell's view, to tell whether it changed. */
function definition(cell: Cell): string | null {
  if (cell.kind === 'sql') return JSON.stringify(['sql', cell.name, cell.sql]);
  if (cell.kind === 'analysis') return JSON.stringify(['analysis', cell.name, cell.analysis, cell.options]);
  if (cell.kind === 'chart') return JSON.stringify(['chart', cell.source]);
  return null;
}

/**
 * What a jump from notebook `prev` to `next` (undo, redo, opening a file) means for the
 * database: the view names no cell of `next` defines any more (to drop), and the cells of
 * `next` that are new or define their view differently (to re-run with their dependents).
 */
export function notebookChanges(prev: Notebook, next: Notebook): { dropNames: string[]; changedIds: string[] } {
  const nextNames = new Set(next.cells.flatMap((c) => ('name' in c ? [c.name.toLowerCase()] : [])));
  const dropNames = prev.cells.flatMap((c) => ('name' in c && !nextNames.has(c.name.toLowerCase()) ? [c.name] : []));
  const before = new Map(prev.cells.map((c) => [c.id, definition(c)]));
  const changedIds = next.cells.filter((c) => definition(c) !== null && before.get(c.id) !== definition(c)).map((c) => c.id);
  return { dropNames: [...new Set(dropNames)], changedIds };
}
