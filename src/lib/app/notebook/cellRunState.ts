import type { Table } from 'apache-arrow';
import type { CheckResult } from '../../notebook/checkAnswer';

/** What the notebook needs of the engine (EngineClient has it). */
export interface NotebookEngine {
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Table>;
}

/** Where a cell is in its life: `blocked` = a cell it reads failed; `cancelled` = the run was stopped. */
export type CellStatus = 'idle' | 'queued' | 'running' | 'ok' | 'error' | 'blocked' | 'cancelled';

/** The run state of one cell. */
export interface CellRunState {
  status: CellStatus;
  /** Wall time of the last run. */
  ms: number;
  /** The engine's or the notebook's message (English, from DuckDB or the core). */
  error: string | null;
  /** The statement last executed for the cell (to place an error in the cell's text). */
  statement: string | null;
  /** The cell's SQL text as last run: a SQL cell whose text differs shows "edited". */
  ranText: string | null;
  /** How many times the cell has been run (or re-run) since the page opened. */
  runs: number;
  /** Date.now() at the end of the last run. */
  ranAt: number | null;
  check: CheckResult | null;
  checkError: string | null;
}

/** The state of a cell that never ran. */
export const idle = (): CellRunState => ({ status: 'idle', ms: 0, error: null, statement: null, ranText: null, runs: 0, ranAt: null, check: null, checkError: null });

/** A message shown under the notebook toolbar: a translation key and its parameters. */
export interface NotebookNotice {
  key: 'nb.deleted' | 'nb.opened' | 'nb.openFailed' | 'nb.restoreFailed' | 'nb.lessonFailed' | 'nb.lessonsFailed' | 'nb.tooLarge' | 'nb.saveFailed' | 'share.opened' | 'share.badLink';
  params?: Record<string, string | number>;
  /** Offer an Undo button with the message. */
  undo?: boolean;
  error?: boolean;
}

