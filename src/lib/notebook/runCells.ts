import { cellGraph } from './cellGraph';
import type { AnalysisSql } from './cellReads';
import { viewSql } from './viewSql';
import type { Cell } from './types';

/** How one cell's run ended. */
export interface CellRunResult {
  /** blocked = not run because a cell it reads failed or was blocked, or the run was cancelled. */
  status: 'ok' | 'error' | 'blocked';
  error?: string;
  /** Wall time of the cell's statement; 0 when nothing was executed. */
  ms: number;
  /** The statement executed (or that would have been), for error display. */
  sql?: string;
}

/** What runCells reports while it works: a cell starts, then ends with its result. */
export type CellRunEvent = { status: 'running' } | CellRunResult;

/** Options of runCells. */
export interface RunCellsOptions {
  /** The SQL of an analysis cell; without it, analysis cells fail with a message. */
  analysisSql?: AnalysisSql;
  /** Stops before the next cell; the rest are reported blocked with error `cancelled`. */
  signal?: AbortSignal;
}

/**
 * Run the cells `ids`, in that order (e.g. dependentsOf's), each SQL or analysis cell as
 * `CREATE OR REPLACE VIEW "name" AS <sql>`. A failing cell is marked error and the cells that
 * read it, directly or not, blocked; cells independent of it still run. Chart and markdown
 * cells execute nothing: they end ok unless a cell they read failed.
 */
export async function runCells(
  cells: readonly Cell[],
  ids: readonly string[],
  exec: (sql: string) => Promise<void>,
  onStatus: (id: string, event: CellRunEvent) => void = () => {},
  opts: RunCellsOptions = {},
): Promise<Record<string, CellRunResult>> {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) throw new Error(`no cell with id ${JSON.stringify(missing)}`);
  const graph = cellGraph(cells, opts.analysisSql);
  const results: Record<string, CellRunResult> = {};
  const failed = new Set<string>();
  const finish = (id: string, result: CellRunResult): void => {
    results[id] = result;
    if (result.status !== 'ok') failed.add(id);
    onStatus(id, result);
  };

  for (const id of ids) {
    const cell = byId.get(id);
    if (!cell) continue;
    if (opts.signal?.aborted) {
      finish(id, { status: 'blocked', error: 'cancelled', ms: 0 });
      continue;
    }
    const blocker = (graph.reads.get(id) ?? []).find((d) => failed.has(d));
    if (blocker !== undefined) {
      const b = byId.get(blocker);
      finish(id, { status: 'blocked', error: `blocked: cell ${b && 'name' in b ? b.name : blocker} failed`, ms: 0 });
      continue;
    }
    const problem = graph.problems.find((p) => p.cellIds.includes(id));
    if (problem) {
      finish(id, { status: 'error', error: problem.message, ms: 0 });
      continue;
    }
    if (cell.kind === 'markdown' || cell.kind === 'chart') {
      finish(id, { status: 'ok', ms: 0 });
      continue;
    }
    let sql: string;
    try {
      sql = viewSql(cell, opts.analysisSql);
    } catch (e) {
      finish(id, { status: 'error', error: e instanceof Error ? e.message : String(e), ms: 0 });
      continue;
    }
    onStatus(id, { status: 'running' });
    const t0 = performance.now();
    try {
      await exec(sql);
      finish(id, { status: 'ok', ms: performance.now() - t0, sql });
    } catch (e) {
      finish(id, { status: 'error', error: e instanceof Error ? e.message : String(e), ms: performance.now() - t0, sql });
    }
  }
  return results;
}
