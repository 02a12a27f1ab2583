import { cellGraph } from '../../notebook/cellGraph';
import type { AnalysisSql } from '../../notebook/cellReads';
import { dependentsOf } from '../../notebook/dependentsOf';
import type { AnalysisCell, Cell } from '../../notebook/types';
import { analysisSql, type AnalysisDefaults } from './analysisSql';

/** A query that reads no table: what an analysis cell with bad options stands for in the graph. */
const NOTHING = 'SELECT NULL AS invalid_options';

/**
 * An AnalysisSql for cellGraph and runCells that never throws (one bad cell must not stop the
 * notebook): a cell whose options are bad reads nothing, and its message is kept in `errors`
 * under the cell id, for the run to report on that cell instead of executing it.
 */
export function tolerantAnalysisSql(defaults: AnalysisDefaults = {}): { sqlOf: AnalysisSql; errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const sqlOf = (cell: AnalysisCell): string => {
    try {
      const sql = analysisSql(cell, defaults);
      errors.delete(cell.id);
      return sql;
    } catch (e) {
      errors.set(cell.id, `cell ${cell.name}: ${e instanceof Error ? e.message : String(e)}`);
      return NOTHING;
    }
  };
  return { sqlOf, errors };
}

/**
 * The cells to run after the cells `ids` changed, each once, in run order: the union of their
 * dependentsOf. A changed cell on a cycle or with a duplicate name is still listed (runCells
 * then reports the problem on it) but its readers are not.
 */
export function runOrder(cells: readonly Cell[], ids: readonly string[], sqlOf?: AnalysisSql): string[] {
  const present = ids.filter((id) => cells.some((c) => c.id === id));
  if (present.length === 0) return [];
  const wanted = new Set<string>();
  for (const id of present) {
    try {
      for (const d of dependentsOf(cells, id, sqlOf)) wanted.add(d);
    } catch {
      wanted.add(id);
    }
  }
  return cellGraph(cells, sqlOf).order.filter((id) => wanted.has(id));
}

/** Every cell, each after the cells it reads. */
export function runAllOrder(cells: readonly Cell[], sqlOf?: AnalysisSql): string[] {
  return cellGraph(cells, sqlOf).order;
}

/** Raised by `cancellable` when the signal aborts. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * `exec` that gives up as soon as `signal` aborts: the notebook stops waiting at once (the
 * engine finishes the statement on its own, it cannot be interrupted mid-query).
 */
export function cancellable(exec: (sql: string) => Promise<void>, signal: AbortSignal): (sql: string) => Promise<void> {
  return (sql) => {
    if (signal.aborted) return Promise.reject(new CancelledError());
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new CancelledError());
      signal.addEventListener('abort', onAbort, { once: true });
      exec(sql).then(
        () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  };
}

/** The columns of every table and view, for the editor's completions: `table_name, column_name`. */
export function schemaSql(): string {
  return `SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = 'main' AND table_name NOT LIKE '\\_%' ESCAPE '\\'
ORDER BY table_name, ordinal_position`;
}

/** `DROP VIEW IF EXISTS "name"`: a renamed or deleted cell's old view. */
export function dropViewSql(name: string): string {
  return `DROP VIEW IF EXISTS "${name.replaceAll('"', '""')}"`;
}
