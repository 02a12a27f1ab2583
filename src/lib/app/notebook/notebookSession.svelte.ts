import { checkAnswer } from '../../notebook/checkAnswer';
import { history, type HistoryState } from '../../notebook/history';
import { overviewNotebook } from '../../notebook/overviewNotebook';
import { parseNotebook } from '../../notebook/parseNotebook';
import { runCells } from '../../notebook/runCells';
import { serializeNotebook } from '../../notebook/serializeNotebook';
import type { AnalysisKind, Cell, Notebook } from '../../notebook/types';
import { analysisSql } from './analysisSql';
import {
  convertToSql, deleteCell, duplicateCell, insertCell, makeCell, moveCell, notebookChanges, updateCell, type NewCellKind,
} from './notebookEdits';
import { loadStoredNotebook, storeNotebook } from './notebookStore';
import { heldCells } from './heldCells';
import { readFailure } from './readFailure';
import { cancellable, runAllOrder, runOrder, tolerantAnalysisSql } from './runPlan';
import { firstValue } from './firstValue';
import { loadSchema } from './loadSchema';
import { idle, type CellRunState, type NotebookEngine, type NotebookNotice } from './cellRunState';
import { cellReadsName } from './cellReadsName';
import { cellStateAfterRun } from './cellStateAfterRun';
import { dropUnusedViews } from './dropUnusedViews';
import { emptyNotebook } from './emptyNotebook';
import { errorText } from './errorText';

export type { CellRunState, CellStatus, NotebookEngine, NotebookNotice } from './cellRunState';

const SAVE_DELAY_MS = 500;

/**
 * The notebook on the page: the document with its undo history, each cell's run state, the
 * autosave to IndexedDB and the runs against the engine. Runs are queued one after another (the
 * engine runs one statement at a time anyway); each re-runs exactly the cells that depend on
 * what changed (runPlan.runOrder).
 */
export class NotebookSession {
  hist = $state.raw<HistoryState<Notebook>>(history(undefined, { type: 'reset', snapshot: emptyNotebook }));
  cells = $state<Record<string, CellRunState>>({});
  ready = $state(false);
  /** Runs waiting or in progress. */
  pending = $state(0);
  saveState = $state<'saved' | 'saving' | 'unavailable' | 'failed' | null>(null);
  notice = $state<NotebookNotice | null>(null);
  /** Table or view name -> its columns, for the editor's completions and chart fields. */
  schema = $state.raw<Record<string, string[]>>({});

  /** Cell id -> the name its view has in the database now (a rename drops the old one). */
  private views = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private controllers = new Set<AbortController>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly engine: () => NotebookEngine) {}

  /** The engine the cells run on (for the grids and charts that read their views). */
  engineHandle(): NotebookEngine {
    return this.engine();
  }

  get nb(): Notebook {
    return this.hist.present;
  }

  get canUndo(): boolean {
    return this.hist.past.length > 0;
  }

  get canRedo(): boolean {
    return this.hist.future.length > 0;
  }

  /** The run state of a cell (idle when it never ran). */
  cellState(id: string): CellRunState {
    return this.cells[id] ?? idle();
  }

  /**
   * Told by a cell's grid or chart that reading its view failed: when the read took the engine
   * down, the cell is recorded as failed so the re-run on the restored data holds it (readFailure).
   */
  readFailed(view: string, message: string): void {
    const hit = readFailure(this.nb.cells, this.cells, view, message);
    if (hit) this.cells[hit.id] = hit.state;
  }

  /** The SQL of an analysis cell with the notebook's reference date; throws on bad options. */
  analysisSqlOf = (cell: Cell): string => {
    if (cell.kind !== 'analysis') throw new Error('not an analysis cell');
    return analysisSql(cell, { refDate: this.nb.params.refDate });
  };

  /** Open the notebook kept in this browser, or the overview on a first visit; then run it. */
  async init(locale: 'en' | 'zh-CN', runNow: boolean): Promise<void> {
    let nb: Notebook | null = null;
    try {
      const text = await loadStoredNotebook();
      if (text !== null) nb = parseNotebook(text);
    } catch (e) {
      this.notice = { key: 'nb.restoreFailed', params: { error: errorText(e) }, error: true };
    }
    this.hist = history(undefined, { type: 'reset', snapshot: nb ?? overviewNotebook(locale) });
    this.ready = true;
    if (!nb) this.scheduleSave();
    if (runNow) await this.runAll();
  }

  // ---- editing ------------------------------------------------------------------------------

  /** Make `next` the notebook, as one undo step (steps with the same `key` in a row merge). */
  private record(next: Notebook, key?: string): void {
    if (next === this.nb) return;
    this.hist = history(this.hist, { type: 'record', snapshot: next, key });
    this.scheduleSave();
  }

  /** Change a cell without running anything (typing SQL or text; the user runs when ready). */
  edit(id: string, update: (cell: Cell) => Cell, key?: string): void {
    this.record(updateCell(this.nb, id, update), key);
  }

  /** Change a cell and re-run it with its dependents (analysis options, chart source). */
  editAndRun(id: string, update: (cell: Cell) => Cell, key?: string): Promise<void> {
    const before = this.nb;
    this.record(updateCell(before, id, update), key);
    return this.nb === before ? Promise.resolve() : this.runFrom([id]);
  }

  setTitle(title: string): void {
    this.record({ ...this.nb, title }, 'title');
  }

  /** Rename a cell (the name was checked with renameError); the old view goes at the next run. */
  rename(id: string, name: string): void {
    this.edit(id, (c) => ('name' in c && c.name !== name ? { ...c, name } : c), `name:${id}`);
  }

  /** After a rename is committed (field left): drop the old view, re-run the cell and its readers, old and new. */
  async commitRename(id: string): Promise<void> {
    const cell = this.nb.cells.find((c) => c.id === id);
    const old = this.views.get(id);
    if (!cell || !('name' in cell) || old === undefined || old === cell.name) return;
    const oldReaders = this.nb.cells.filter((c) => c.id !== id && cellReadsName(c, old, this.nb.params.refDate)).map((c) => c.id);
    await this.runFrom([id, ...oldReaders]);
  }

  add(kind: NewCellKind, opts: { analysis?: AnalysisKind; index?: number } = {}): string {
    const cell = makeCell(this.nb.cells, kind, { analysis: opts.analysis });
    this.record(insertCell(this.nb, cell, opts.index));
    if (kind === 'sql' || kind === 'analysis' || kind === 'chart') void this.runFrom([cell.id]);
    return cell.id;
  }

  move(id: string, delta: number): void {
    this.record(moveCell(this.nb, id, delta));
  }

  duplicate(id: string): string | null {
    const { nb, id: copy } = duplicateCell(this.nb, id);
    this.record(nb);
    if (copy) void this.runFrom([copy]);
    return copy;
  }

  /** Delete a cell, drop its view and re-run the cells that read it (they now fail, visibly). */
  async remove(id: string): Promise<void> {
    const before = this.nb;
    this.record(deleteCell(before, id));
    this.notice = { key: 'nb.deleted', undo: true };
    await this.jumped(before, this.nb);
  }

  /** Turn an analysis cell into a SQL cell with its generated SQL (same name: readers keep working). */
  convert(id: string): void {
    const cell = this.nb.cells.find((c) => c.id === id);
    if (!cell || cell.kind !== 'analysis') return;
    const sql = this.analysisSqlOf(cell);
    this.record(convertToSql(this.nb, id, sql));
    void this.runFrom([id]);
  }

  undo(): Promise<void> {
    return this.travel('undo');
  }

  redo(): Promise<void> {
    return this.travel('redo');
  }

  private async travel(type: 'undo' | 'redo'): Promise<void> {
    const before = this.nb;
    this.hist = history(this.hist, { type });
    if (this.nb === before) return;
    if (this.notice?.undo) this.notice = null;
    this.scheduleSave();
    await this.jumped(before, this.nb);
  }

  /** Count `work` as a run in progress (pending), so the page shows it busy until it is done. */
  private async busy(work: () => Promise<void>): Promise<void> {
    this.pending++;
    try {
      await work();
    } finally {
      this.pending--;
    }
  }

  /** Replace the notebook (a file, a lesson, the overview) as one undoable step, and run it. */
  replace(next: Notebook, notice: NotebookNotice | null = null): Promise<void> {
    return this.busy(() => this.replaceNow(next, notice));
  }

  private async replaceNow(next: Notebook, notice: NotebookNotice | null): Promise<void> {
    const before = this.nb;
    this.record(next);
    this.notice = notice;
    await this.dropViews(notebookChanges(before, next).dropNames);
    for (const c of before.cells) if (!next.cells.some((n) => n.id === c.id)) delete this.cells[c.id];
    // The same id may mean another cell in the new notebook: start every cell afresh.
    for (const id of Object.keys(this.cells)) this.cells[id] = { ...idle(), runs: this.cells[id].runs };
    this.views.clear();
    await this.runAll();
  }

  /** After a jump (undo, redo, delete): drop views no cell defines now, re-run what changed. */
  private jumped(before: Notebook, after: Notebook): Promise<void> {
    return this.busy(() => this.jumpedNow(before, after));
  }

  private async jumpedNow(before: Notebook, after: Notebook): Promise<void> {
    const { dropNames, changedIds } = notebookChanges(before, after);
    for (const c of before.cells) if (!after.cells.some((a) => a.id === c.id)) this.views.delete(c.id);
    await this.dropViews(dropNames);
    // Readers of a dropped name must learn it is gone; readers of a changed cell come with it.
    const readers = after.cells.filter((c) => dropNames.some((n) => cellReadsName(c, n, this.nb.params.refDate))).map((c) => c.id);
    if (changedIds.length || readers.length) await this.runFrom([...changedIds, ...readers]);
  }

  private dropViews(names: readonly string[]): Promise<void> {
    return dropUnusedViews((sql) => this.engine().exec(sql), this.nb.cells, names);
  }

  // ---- running ------------------------------------------------------------------------------

  /**
   * Run every cell, each after the cells it reads (first open, new data, Run all). With
   * `holdFatal` (the automatic re-run on restored or new data) a cell that took the engine down
   * last time is not run again unasked, nor are its readers (heldCells); they show as blocked.
   */
  runAll(opts: { holdFatal?: boolean } = {}): Promise<void> {
    const { sqlOf } = tolerantAnalysisSql({ refDate: this.nb.params.refDate, overviewTables: true });
    const held = opts.holdFatal ? heldCells(this.nb.cells, this.cells, sqlOf) : new Set<string>();
    for (const id of held) {
      const s = this.cellState(id);
      if (s.status !== 'error') this.cells[id] = { ...s, status: 'blocked' };
    }
    return this.enqueue(runAllOrder(this.nb.cells, sqlOf).filter((id) => !held.has(id)));
  }

  /** Run the cells `ids` changed and exactly the cells that read them, directly or not. */
  runFrom(ids: readonly string[]): Promise<void> {
    const { sqlOf } = tolerantAnalysisSql({ refDate: this.nb.params.refDate, overviewTables: true });
    return this.enqueue(runOrder(this.nb.cells, ids, sqlOf));
  }

  /** Stop the runs in progress and waiting; the cells not yet done are marked cancelled. */
  cancel(): void {
    for (const c of this.controllers) c.abort();
  }

  private enqueue(ids: string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    for (const id of ids) {
      const s = this.cellState(id);
      if (s.status !== 'running') this.cells[id] = { ...s, status: 'queued' };
    }
    const ctrl = new AbortController();
    this.controllers.add(ctrl);
    this.pending++;
    const run = this.queue.then(() => this.execute(ids, ctrl.signal));
    this.queue = run
      .catch((e: unknown) => console.error('notebook run failed:', e))
      .finally(() => {
        this.controllers.delete(ctrl);
        this.pending--;
      });
    return this.queue;
  }

  private async execute(wanted: readonly string[], signal: AbortSignal): Promise<void> {
    // The notebook may have changed while this run waited: run what it holds now.
    const cells = this.nb.cells;
    const ids = wanted.filter((id) => cells.some((c) => c.id === id));
    const engine = this.engine();
    const { sqlOf, errors } = tolerantAnalysisSql({ refDate: this.nb.params.refDate, overviewTables: true });
    for (const id of ids) {
      const cell = cells.find((c) => c.id === id);
      const old = this.views.get(id);
      if (cell && 'name' in cell && old !== undefined && old !== cell.name) {
        this.views.delete(id);
        await this.dropViews([old]);
      }
    }
    let current: string | null = null;
    const exec = cancellable(async (sql: string) => {
      const bad = current === null ? undefined : errors.get(current);
      if (bad !== undefined) throw new Error(bad);
      await engine.exec(sql);
    }, signal);
    const done: string[] = [];
    await runCells(cells, ids, exec, (id, ev) => {
      const s = this.cellState(id);
      if (ev.status === 'running') {
        current = id;
        this.cells[id] = { ...s, status: 'running' };
        return;
      }
      const cell = cells.find((c) => c.id === id);
      this.cells[id] = cellStateAfterRun(s, ev, cell, signal.aborted && ev.status !== 'ok', Date.now());
      if (ev.status === 'ok' && cell && 'name' in cell) this.views.set(id, cell.name);
      if (ev.status === 'ok') done.push(id);
    }, { analysisSql: sqlOf, signal });
    for (const id of done) {
      const cell = cells.find((c) => c.id === id);
      if (cell?.kind !== 'sql' || !cell.check) continue;
      try {
        const check = await checkAnswer(cell, (sql) => firstValue(engine, sql));
        this.cells[id] = { ...this.cellState(id), check };
      } catch (e) {
        this.cells[id] = { ...this.cellState(id), checkError: errorText(e) };
      }
    }
    await this.refreshSchema();
  }

  /** Columns of every table and view, for completions and chart fields. */
  async refreshSchema(): Promise<void> {
    try {
      this.schema = await loadSchema(this.engine());
    } catch {
      // Completions are a convenience: without them the editor still works.
    }
  }

  // ---- saving -------------------------------------------------------------------------------

  private scheduleSave(): void {
    this.saveState = 'saving';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  /** Write the notebook to IndexedDB now (also called when the page is hidden). */
  async saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.ready) return;
    try {
      this.saveState = (await storeNotebook(serializeNotebook(this.nb))) ? 'saved' : 'unavailable';
    } catch (e) {
      this.saveState = 'failed';
      this.notice = { key: 'nb.saveFailed', params: { error: errorText(e) }, error: true };
    }
  }

  dispose(): void {
    this.cancel();
    if (this.saveTimer !== undefined) void this.saveNow();
  }
}
