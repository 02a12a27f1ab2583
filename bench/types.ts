/**
 * The benchmark's data shapes. `BenchReport` is CONTRACT.md's "Benchmark output"; the additions
 * are `error` on a run whose step failed (the brief: record it, never crash the bench),
 * `wasm_peak_bytes_per_row`, and `native_1thread_ms` with its `ratio_1thread`.
 */

/** The steps, in the order they run and are printed. */
export const STEPS = ['worker_start', 'import', 'rfm', 'pyramid', 'cohorts', 'overview_total', 'selection', 'clv_fit'] as const;
export type Step = (typeof STEPS)[number];

/** One engine's result for one step: a time, or why there is none. */
export interface StepResult {
  ms: number | null;
  /** DuckDB's tracked memory (duckdb_memory()) divided by the rows, where measured. */
  bytesPerRow?: number | null;
  /** The wasm heap's size after the step (its peak so far: it never shrinks) divided by the rows. */
  peakBytesPerRow?: number | null;
  error?: string;
}

/** What one engine (browser or native) measured for one size, keyed by step. */
export type SizeResults = Partial<Record<Step, StepResult>>;

export interface BenchRun {
  size: number;
  step: Step;
  browser_ms: number | null;
  native_ms: number | null;
  ratio: number | null;
  wasm_bytes_per_row: number | null;
  /** Peak wasm heap (WebAssembly.Memory size) after the step, divided by the rows; an addition to CONTRACT.md. */
  wasm_peak_bytes_per_row: number | null;
  /**
   * Native DuckDB doing the same work on one thread, as the wasm engine has (import and
   * overview_total only; null elsewhere), and browser_ms over it: how much of `ratio` is the
   * second core. Additions to CONTRACT.md.
   */
  native_1thread_ms: number | null;
  ratio_1thread: number | null;
  error?: string;
}

export interface BenchMachine {
  cpus: number;
  memory_gb: number;
  browser: string;
  node: string;
}

export interface BenchReport {
  version: 1;
  machine: BenchMachine;
  runs: BenchRun[];
}
