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
 * Wait until the page's engine has been idle (no call in flight, no device copy being written)
 * for 300 ms: after a drop the page queues the notebook's and analyses' queries and the device
 * copy behind the overview, and timed steps must not queue behind them.
 */
export async function settled(timeoutMs: number): Promise<void> {
  const { session } = (window as unknown as { segbook: { session: { busy: number; kept: string | null } } }).segbook;
  const t0 = performance.now();
  let quiet = 0;
  while (quiet < 6) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`the page did not settle in ${timeoutMs} ms (busy ${session.busy}, kept ${session.kept})`);
    await new Promise((r) => setTimeout(r, 50));
    quiet = session.busy === 0 && session.kept !== 'saving' ? quiet + 1 : 0;
  }
}

/**
 * The page after its own work settled: the engine notice (set when the engine was replaced: why,
 * and where the data came back from), the rows in transactions, and the wasm heap's peak.
 */
export async function pageState(): Promise<{ notice: string | null; rows: number; wasmBytes: number }> {
  type Notice = { reason: string; data: string } | null;
  const { engine, session } = (window as unknown as { segbook: { engine: EngineClient; session: { engineNotice: Notice } } }).segbook;
  const n = session.engineNotice;
  const rows = Number((await engine.query('SELECT count(*)::DOUBLE AS n FROM transactions')).getChild('n')?.get(0) ?? 0);
  const notice = !n ? null : n.reason === 'memoryKept' ? 'a statement ran out of memory; the engine and the data were kept' : `the engine was replaced (${n.reason}), data back from ${n.data}`;
  return { notice, rows, wasmBytes: (await engine.memory()).wasmBytes };
}

/** DuckDB's memory (duckdb_memory()) and the wasm heap (its peak so far), now. */
export async function memoryNow(): Promise<{ duckdbBytes: number; wasmBytes: number }> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  return engine.memory();
}

/**
 * Each statement's own time, one after another: for effect (`read` false: exec), or as a query
 * whose Arrow result comes to the page as the overview's results do (`read` true).
 */
export async function eachTimed({ statements, read }: { statements: string[]; read: boolean }): Promise<number[]> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const times: number[] = [];
  for (const sql of statements) {
    const t0 = performance.now();
    await (read ? engine.query(sql) : engine.exec(sql));
    times.push(performance.now() - t0);
  }
  return times;
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

/** The first column of a query's first row (null when there is none). */
export async function readValue(sql: string): Promise<unknown> {
  const { engine } = (window as unknown as BenchWindow).segbook;
  const t = await engine.query(sql);
  return t.numRows === 0 ? null : t.getChildAt(0)?.get(0);
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
