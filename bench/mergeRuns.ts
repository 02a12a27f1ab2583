import { STEPS, type BenchRun, type SizeResults, type Step } from './types';

/** The steps the one-thread native run measures (runNative's overviewOnly mode). */
const ONE_THREAD_STEPS: readonly Step[] = ['import', 'overview_total'];

/** Milliseconds to one decimal: more is noise on this machine, less hides sub-10 ms steps. */
const ms1 = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10) / 10);

/**
 * One run per step for a size: the browser's figure beside native DuckDB's and their ratio
 * (browser / native; null when either is missing), and for import and overview_total the same
 * beside `native1`, native DuckDB on one thread. Errors of any side go into `error`, prefixed
 * with the side, so a failed size is still visible in the JSON.
 */
export function mergeRuns(size: number, browser: SizeResults, native: SizeResults, native1: SizeResults = {}): BenchRun[] {
  const ratioOf = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null);
  return STEPS.map((step) => {
    const b = browser[step];
    const n = native[step];
    const n1 = ONE_THREAD_STEPS.includes(step) ? native1[step] : undefined;
    const browser_ms = ms1(b?.ms);
    const native_ms = ms1(n?.ms);
    const native_1thread_ms = ms1(n1?.ms);
    const perRow = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10) / 10);
    const run: BenchRun = {
      size, step, browser_ms, native_ms, ratio: ratioOf(browser_ms, native_ms),
      wasm_bytes_per_row: perRow(b?.bytesPerRow),
      wasm_peak_bytes_per_row: perRow(b?.peakBytesPerRow),
      native_1thread_ms, ratio_1thread: ratioOf(browser_ms, native_1thread_ms),
    };
    const errors = [b?.error && `browser: ${b.error}`, n?.error && `native: ${n.error}`, n1?.error && `native 1 thread: ${n1.error}`].filter(Boolean);
    if (errors.length) run.error = errors.join(' | ');
    return run;
  });
}
