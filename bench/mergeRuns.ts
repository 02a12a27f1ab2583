import { STEPS, type BenchRun, type SizeResults } from './types';

/** Milliseconds to one decimal: more is noise on this machine, less hides sub-10 ms steps. */
const ms1 = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10) / 10);

/**
 * One run per step for a size: the browser's figure beside native DuckDB's and their ratio
 * (browser / native; null when either is missing). Errors of either side go into `error`,
 * prefixed with the side, so a failed size is still visible in the JSON.
 */
export function mergeRuns(size: number, browser: SizeResults, native: SizeResults): BenchRun[] {
  return STEPS.map((step) => {
    const b = browser[step];
    const n = native[step];
    const browser_ms = ms1(b?.ms);
    const native_ms = ms1(n?.ms);
    const ratio = browser_ms !== null && native_ms !== null && native_ms > 0 ? Math.round((browser_ms / native_ms) * 100) / 100 : null;
    const perRow = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10) / 10);
    const run: BenchRun = {
      size, step, browser_ms, native_ms, ratio,
      wasm_bytes_per_row: perRow(b?.bytesPerRow),
      wasm_peak_bytes_per_row: perRow(b?.peakBytesPerRow),
    };
    const errors = [b?.error && `browser: ${b.error}`, n?.error && `native: ${n.error}`].filter(Boolean);
    if (errors.length) run.error = errors.join(' | ');
    return run;
  });
}
