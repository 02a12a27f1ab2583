/**
 * Functions that run inside the page (page.evaluate / addInitScript). Playwright sends their
 * source text, so each must be self-contained: no imports at run time and no module-level
 * values; types only. The engine is the page's own `window.segbook.engine` (session.svelte.ts).
 */
import type { EngineClient } from '../src/lib/db/client';

interface BenchWindow {
  segbook: { engine: EngineClient };
  /** performance.now() when the app published the engine, i.e. the worker is ready. */
  __segbookReadyMs?: number;
}

/** Summary of the import report: the report's row lists can be large, so they stay in the page. */
export interface PageImport {
  importMs: number;
  totalMs: number;
  /** DuckDB's own memory after the import (duckdb_memory()). */
  memoryBytes: number;
  /** The wasm heap after the import, and after the overview: its peaks so far. */
  importPeakBytes: number;
  totalPeakBytes: number;
  /** The import's own step times (ImportReport.steps), ms. */
  steps: Record<string, number>;
  /** Why the fast path was given up (ImportReport.fast_path_fallback), or null. */
  fallback: string | null;
  /** What prepareOverview or overview threw after a good import (the import's figures still count), or null. */
  overviewError: string | null;
  outcome: string;
  rowsImported: number;
  rowsRejected: number;
  duplicates: number;
  message: string | null;
}

/**
 * Init script: note the moment the app assigns `window.segbook` (once the engine has started),
 * and define esbuild's `__name` helper, which tsx (keepNames) may insert into evaluated code.
 */
export function installReadyProbe(): void {
  const w = window as unknown as Record<string, unknown>;
  w.__name = (f: unknown) => f;
  let value: unknown;
  Object.defineProperty(window, 'segbook', {
    configurable: true,
    get: () => value,
    set: (v: unknown) => {
      value = v;
      (window as unknown as BenchWindow).__segbookReadyMs = performance.now();
    },
  });
}

/** Engine start as the page saw it (ms since navigation start) and as DuckDB reports it. */
export function readyTimes(): { readyMs: number; duckdbStartMs: number } {
  const w = window as unknown as BenchWindow;
  return { readyMs: w.__segbookReadyMs ?? NaN, duckdbStartMs: w.segbook.engine.info.startMs };
}

/** A hidden file input that Playwright fills by path, so a 1.4 GB file is never copied through CDP. */
export function addFileInput(): void {
  document.getElementById('bench-file')?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'bench-file';
  input.style.display = 'none';
  document.body.append(input);
}

/**
 * Import the chosen file, read the memory, then build the per-customer tables and the overview
 * for all customers. The memory reading's own time is left out of the total.
 */
export async function importAndOverview(): Promise<PageImport> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const file = (document.getElementById('bench-file') as HTMLInputElement).files?.[0];
  if (!file) throw new Error('no file in #bench-file');
  const t0 = performance.now();
  const report = await engine.import(file, {});
  const t1 = performance.now();
  const memory = await engine.memory();
  const t2 = performance.now();
  const base = {
    importMs: t1 - t0, totalMs: NaN, memoryBytes: memory.duckdbBytes, importPeakBytes: memory.wasmBytes, totalPeakBytes: NaN,
    steps: report.steps ?? {}, fallback: report.fast_path_fallback ?? null, overviewError: null, outcome: report.outcome, rowsImported: report.rows_imported,
    rowsRejected: report.rows_rejected, duplicates: report.duplicates, message: report.message ?? null,
  };
  if (report.outcome === 'refused') return base;
  try {
    await engine.prepareOverview();
    await engine.overview(null);
  } catch (e) {
    // An out-of-memory error is fatal to the engine: the page restarts the worker, so the old
    // heap's size can no longer be read.
    const peak = await engine.memory().then((m) => m.wasmBytes, () => NaN);
    return { ...base, overviewError: e instanceof Error ? e.message : String(e), totalPeakBytes: peak };
  }
  const totalMs = performance.now() - t0 - (t2 - t1);
  return { ...base, totalMs, totalPeakBytes: (await engine.memory()).wasmBytes };
}

/** Run statements for their effect; total time, then DuckDB's memory and the wasm heap's peak. */
export async function execTimed(statements: string[]): Promise<{ ms: number; memoryBytes: number; peakBytes: number }> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const t0 = performance.now();
  for (const sql of statements) await engine.exec(sql);
  const ms = performance.now() - t0;
  const memory = await engine.memory();
  return { ms, memoryBytes: memory.duckdbBytes, peakBytes: memory.wasmBytes };
}

/** The reference date of the imported transactions (the day after the last order), as text. */
export async function readRefDate(): Promise<string> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const t = await engine.query('SELECT (max(order_date) + 1)::VARCHAR AS d FROM transactions');
  return String(t.getChild('d')?.get(0));
}

/** Run queries one after another with their Arrow results brought to the page, as charts do. */
export async function queriesTimed(statements: string[]): Promise<number> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const t0 = performance.now();
  for (const sql of statements) await engine.query(sql);
  return performance.now() - t0;
}

/** Repeat the same chart click `clicks` times; the time of each. */
export async function selectionClicks({ selection, clicks }: { selection: { source: 'pyramid'; keys: string[] }; clicks: number }): Promise<number[]> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const times: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const t0 = performance.now();
    await engine.overview(selection);
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * The CLV analysis (SQL summary in DuckDB, model fits in TypeScript in the worker), and the
 * errors it reported: a model that cannot be fitted reports under its key instead of throwing.
 */
export async function clvTimed(): Promise<{ ms: number; errors: string[]; peakBytes: number }> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const t0 = performance.now();
  const out = await engine.analyze({ analyses: ['clv'] });
  const ms = performance.now() - t0;
  const clv = (out.clv ?? {}) as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of ['', 'bgnbd', 'pareto_nbd', 'gamma_gamma']) {
    const part = (key ? clv[key] : clv) as { error?: unknown } | undefined;
    if (part && typeof part.error === 'string') errors.push(`${key || 'clv'}: ${part.error}`);
  }
  return { ms, errors, peakBytes: (await engine.memory()).wasmBytes };
}
