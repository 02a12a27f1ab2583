/** What both engine runners take from the command line (BenchArgs fits). */
export interface RunOptions {
  /** Budget for one size on one engine, in ms. */
  timeoutMs: number;
  /** Runs of each query step; the median is reported. */
  repeat: number;
}
