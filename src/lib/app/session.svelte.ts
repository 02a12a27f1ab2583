import { EngineClient } from '../db/client';
import { QueryError } from '../db/QueryError';
import type { ImportOptions, ImportProgress, ImportReport, Selection, SniffResult } from '../../../workers/protocol';
import { defaultCurrency, i18n, t } from '../i18n/i18n.svelte';
import { linesAreOrdersSql } from '../../../workers/import/linesAreOrdersSql';
import { forgetData, loadData, saveData } from './deviceStore';
import { applySharedRoles } from './share/applySharedRoles';
import { brushedSelection } from './brushedSelection';
import { markStep } from './markStep';
import { samplePath } from './samplePath';
import { toggledSelection } from './toggledSelection';

// Kept importable from here, where the page's callers have always found it.
export { markStep };

export type SampleId = 'shop' | 'cdnow';

/** A file waiting for the user to confirm its columns in the mapping panel. */
export interface PendingImport {
  file: File;
  sniff: SniffResult;
}

/**
 * Why the engine was replaced, and where the data came back from: the device copy, the user's
 * file read again (`file` names it), or nowhere (the sample is shown; gaveUp: the file had been
 * read again already and the page failed on it again before it was idle).
 */
export interface EngineNotice {
  /** memoryKept: a statement ran out of memory and the engine, still whole, was kept. */
  reason: 'memory' | 'crashed' | 'stopped' | 'memoryKept';
  data: 'device' | 'file' | 'none' | 'kept' | 'gaveUp';
  file?: string;
}

let engine: EngineClient | undefined;

/**
 * The file and options of the data on screen when no device copy of it was written (too large
 * to keep, or this browser cannot keep one). A File is a handle the browser reads lazily, so a
 * restarted engine reads it again instead of losing the user's data. Not kept across reloads.
 */
let source: Source | null = null;

interface Source {
  file: File;
  options: ImportOptions;
  /**
   * Read again after a restart, and the page has not been idle since: a second failure then is
   * the page's own follow-up work failing on this data again, and reading it a third time would
   * loop. Cleared once no engine call has been in flight for IDLE_MS.
   */
  reread?: boolean;
}

/** How long the engine must be idle after reading a file again before a failure may read it again. */
const IDLE_MS = 5_000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Track calls in flight; after IDLE_MS with none, a file read again counts as settled. */
function noteBusy(n: number): void {
  session.busy = n;
  clearTimeout(idleTimer);
  const from = source;
  // Not while a restart runs: its new worker's start is not the page being idle on the data.
  if (n === 0 && from?.reread && !restarting) idleTimer = setTimeout(() => (from.reread = false), IDLE_MS);
}

/** App-wide state: the engine, the data source, a pending import and the last report. */
export const session = $state({
  status: 'starting' as 'starting' | 'ready' | 'failed',
  error: null as string | null,
  sample: null as SampleId | null,
  pending: null as PendingImport | null,
  importing: false,
  progress: null as ImportProgress | null,
  report: null as ImportReport | null,
  message: null as string | null,
  /** Bumped after every successful import so views that read the data re-run. */
  dataVersion: 0,
  /** The customers picked in a chart; every other chart follows it. */
  selection: null as Selection | null,
  /** Bumped to redraw the overview from the engine's current tables (refreshOverview). */
  overviewRefresh: 0,
  /** The device copy of the data on screen: being written, written, or not possible here. */
  kept: null as 'saving' | 'saved' | 'unavailable' | 'tooLarge' | null,
  /** A problem with the device copy of the data, shown until dismissed. */
  dataNotice: null as string | null,
  /** True when the data on screen came back from the device copy after a reload. */
  restored: false,
  /** Set after the engine was replaced (why, and where the data came back from) or kept after a statement ran out of memory. */
  engineNotice: null as EngineNotice | null,
  /**
   * Counts restarts after the engine ran out of memory or failed. The analysis tabs close on a
   * new count: a tab that stays open re-runs on the restored data, and the one that took the
   * engine down would take it down again, and again.
   */
  engineFailures: 0,
  /** Calls to the engine in flight (the Stop button shows when work runs long). */
  busy: 0,
  /** A notebook opened from a share link: the data it was made on, for the recipient's own file. */
  shared: null as { fileName: string; roles: Record<string, string> } | null,
  /** Read-only presentation: no editors, charts and commentary only. */
  clientView: false,
  /** ISO 4217 currency for money values in charts. */
  currency: defaultCurrency(i18n.locale),
});

/**
 * Select marks of a chart; `additive` toggles a key in the current selection of that chart.
 * `column` tells charts of one source apart (a segment map, the value or loyalty matrix).
 */
export function select(source: Selection['source'], key: string | null, additive: boolean, column?: string): void {
  session.selection = toggledSelection(session.selection, source, key, additive, column);
}

/** Select a set of marks at once (a brush); `additive` adds them to the chart's selection. No keys clears it. */
export function selectKeys(source: Selection['source'], keys: readonly string[], additive: boolean, column?: string): void {
  session.selection = brushedSelection(session.selection, source, keys, additive, column);
}

/**
 * Clear the selection and redraw the overview from the engine's tables, for a caller that
 * prepared them through the engine directly (the benchmark imports without the page's import).
 */
export function refreshOverview(): void {
  session.selection = null;
  session.overviewRefresh++;
}

/** The started engine; throws before start() has finished. */
export function getEngine(): EngineClient {
  if (!engine) throw new Error('the engine has not started yet');
  return engine;
}

/** Start the engine worker, then open the sample in the interface language. */
export async function start(): Promise<void> {
  try {
    await startWorker();
    if (!(await restore())) await loadSample('shop');
  } catch (e) {
    session.status = 'failed';
    session.error = QueryError.wrap(e).message;
  }
}

async function startWorker(): Promise<void> {
  const started = await EngineClient.start();
  started.onBusy = noteBusy;
  started.onFatal = () => void restartEngine('crashed');
  started.onOutOfMemory = outOfMemory;
  engine = started;
  // A console handle for power users and the browser tests: `await segbook.engine.query('...')`.
  // SAFETY: a documented global on our own window; nothing else reads it.
  (globalThis as unknown as { segbook: object }).segbook = { engine, restartEngine, refreshOverview, session };
  session.status = 'ready';
}

let restarting: Promise<void> | null = null;

/**
 * DuckDB ran out of memory in one statement, which failed and gave back what it held. With a
 * device copy of the data (or the sample), the engine is still replaced: its heap, grown to the
 * limit, goes back to the system, and the copy comes back in seconds. Without one (a file over 3M
 * rows, or a browser that cannot keep one), the data would have to be read from the file again,
 * minutes for a big one, so the engine, still whole, is kept.
 */
function outOfMemory(): void {
  if (source === null) void restartEngine('memory');
  else if (!restarting) session.engineNotice = { reason: 'memoryKept', data: 'kept' };
}

/**
 * Replace the engine worker, after a crash or to stop a runaway query, and bring the data back
 * (bringDataBack). The notebook and the page state stay as they are; views re-run.
 */
export function restartEngine(reason: 'memory' | 'crashed' | 'stopped'): Promise<void> {
  restarting ??= (async () => {
    clearTimeout(idleTimer);
    const old = engine;
    engine = undefined;
    old?.terminate();
    session.status = 'starting';
    session.busy = 0;
    session.engineNotice = null;
    if (reason !== 'stopped') session.engineFailures++;
    try {
      await startWorker();
      session.engineNotice = await bringDataBack(reason);
    } catch (e) {
      session.status = 'failed';
      session.error = QueryError.wrap(e).message;
    } finally {
      restarting = null;
      // Start counting the idle time now if the engine is already quiet.
      noteBusy(session.busy);
    }
  })();
  return restarting;
}

/**
 * After a restart, the data on screen comes back: read again from the user's file when no device
 * copy of it was written (source), else from the device copy, else the sample is loaded.
 */
async function bringDataBack(reason: 'memory' | 'crashed' | 'stopped'): Promise<EngineNotice> {
  const from = source;
  if (from?.reread && reason !== 'stopped') {
    // Failed again before the page was idle on the data read again: do not loop (a Stop is the
    // user's, not a loop).
    source = null;
    await loadSample('shop');
    return { reason, data: 'gaveUp', file: from.file.name };
  }
  if (from) {
    // Said at once: reading a big file again takes a while, with the import's progress showing.
    session.engineNotice = { reason, data: 'file', file: from.file.name };
    if (await runImport(from.file, from.options, null)) {
      await keep(session.report!, null, from);
      from.reread = true;
      return { reason, data: 'file', file: from.file.name };
    }
    // It could not be read again (it may be what took the engine down): start afresh on the
    // sample rather than on an engine that may be broken.
    source = null;
    engine?.terminate();
    await startWorker();
  } else if (await restore()) {
    return { reason, data: 'device' };
  }
  await loadSample('shop');
  return { reason, data: 'none' };
}

/** Bring back the data kept on this device by the last import; false when there is none. */
async function restore(): Promise<boolean> {
  const saved = await loadData();
  if (!saved) return false;
  // SAFETY: meta.report was written by keep() from an ImportReport.
  const report = saved.meta.report as ImportReport;
  try {
    await getEngine().insertIPC(saved.ipc, 'transactions');
    // The import's mark (every line an order of its own) was on the table the copy was made of.
    if (report.orders === report.rows_imported) await getEngine().exec(linesAreOrdersSql('transactions'));
    await getEngine().prepareOverview();
  } catch (e) {
    // Never delete the user's copy because loading it failed (it may be memory, and may work
    // next time): say so, start from the sample, and leave "Forget this data" to the user.
    session.dataNotice = t('data.restoreFailed', { error: QueryError.wrap(e).message });
    return false;
  }
  session.report = report;
  session.sample = saved.meta.sample as SampleId | null;
  session.restored = true;
  session.kept = 'saved';
  session.dataVersion++;
  return true;
}

/**
 * Rows above which the data is not kept on the device. Writing the copy is streamed (no wasm heap:
 * Engine.tableIPC), but restoring it reads the whole copy into the page's memory first (about
 * 115 MB per million rows) and has only been tried up to this size.
 */
const KEEP_MAX_ROWS = 3_000_000;

/**
 * Keep the imported table on this device so a reload restores it. `from` is the user's file it
 * came from (null for a sample): until the copy is written, a restart reads that file again.
 */
async function keep(report: ImportReport, sample: SampleId | null, from: Source | null): Promise<void> {
  source = from;
  if (report.rows_imported > KEEP_MAX_ROWS) {
    // An older copy must not come back in this data's place after a reload or a restart.
    await forgetData().catch(() => undefined);
    session.kept = 'tooLarge';
    return;
  }
  session.kept = 'saving';
  try {
    session.kept = (await saveData(await getEngine().tableIPC('transactions'), { sample, report })) ? 'saved' : 'unavailable';
    if (session.kept === 'saved') source = null;
  } catch (e) {
    session.kept = 'unavailable';
    console.warn('could not keep the data on this device:', e);
  }
}

/** "Forget this data": remove the device copy and go back to the sample. */
export async function forget(): Promise<void> {
  await forgetData();
  session.restored = false;
  await loadSample('shop');
}

/** Load a bundled sample from our own origin (never another). */
export async function loadSample(id: SampleId): Promise<void> {
  const path = samplePath(id, i18n.locale);
  const response = await fetch(path);
  if (!response.ok) throw new Error(`cannot load the sample ${path}: ${response.status}`);
  const file = new File([await response.blob()], path.split('/').pop()!, { type: 'text/csv' });
  if (await runImport(file, {}, id)) await keep(session.report!, id, null);
}

/** A file was dropped or picked: sniff it and show the mapping panel. */
export async function openFile(file: File): Promise<void> {
  session.message = null;
  markStep('drop');
  try {
    const sniff = await getEngine().sniff(file, {});
    markStep('sniffed');
    // A shared notebook brings the sender's column roles: the recipient's file maps the same way.
    session.pending = { file, sniff: session.shared ? applySharedRoles(sniff, session.shared.roles) : sniff };
  } catch (e) {
    session.message = QueryError.wrap(e).message;
  }
}

/** Re-sniff the pending file with options the user changed (encoding, delimiter, header). */
export async function resniff(options: ImportOptions): Promise<void> {
  if (!session.pending) return;
  const sniff = await getEngine().sniff(session.pending.file, options);
  session.pending = { file: session.pending.file, sniff };
}

/** The user confirmed the mapping: import the pending file. */
export async function confirmImport(options: ImportOptions): Promise<void> {
  const pending = session.pending;
  if (!pending) return;
  session.pending = null;
  markStep('confirm');
  if (await runImport(pending.file, options, null)) await keep(session.report!, null, { file: pending.file, options });
}

export function cancelPending(): void {
  session.pending = null;
}

/**
 * Cancel the running import. The worker checks between chunks; when it is inside one long step
 * (DuckDB's own CSV read on the fast path) it cannot answer, so after a second it is replaced and
 * the previous data comes back from the device copy (DESIGN.md: cancel = terminate + restore).
 */
export async function cancelImport(): Promise<void> {
  const running = engine;
  if (!running) return;
  void running.cancelImport();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (session.importing && engine === running) await restartEngine('stopped');
}

async function runImport(file: File, options: ImportOptions, sample: SampleId | null): Promise<boolean> {
  session.importing = true;
  session.progress = { bytesRead: 0, bytesTotal: file.size, rows: 0 };
  session.message = null;
  try {
    const report = await getEngine().import(file, options, (p) => (session.progress = p));
    markStep('imported');
    if (report.outcome === 'import') await getEngine().prepareOverview();
    markStep('prepared');
    // Report, source and charts change together, so the page never shows a mix of two files.
    session.report = report;
    if (report.outcome === 'import') {
      session.sample = sample;
      session.restored = false;
      session.kept = null;
      session.selection = null;
      session.dataVersion++;
    }
    return report.outcome === 'import';
  } catch (e) {
    const err = QueryError.wrap(e);
    const cancelled = err.causeName === 'ImportCancelled' || err.causeName === 'EngineRestarted';
    session.message = cancelled ? 'import.cancelled' : err.message;
    return false;
  } finally {
    session.importing = false;
    session.progress = null;
  }
}
