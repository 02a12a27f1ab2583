import type { Role, SniffSample } from '../../../workers/ingest/types';

/** DuckDB-WASM's memory ceiling (wasm32): what a browser tab can give the engine at most. */
const WASM_LIMIT_BYTES = 3.1 * 2 ** 30;

// Peak wasm heap of an import followed by the per-customer tables (prepareOverview), measured on
// the Node build of the same wasm (November 2026, generator files with 8 mapped columns):
//   391k rows / 50k customers: 69 MB; 1.0M / 325k: 253 MB; 1.2M / 100k: 120 MB;
//   3.0M / 975k: 719 MB; 5.0M / 1.62M: 1,098 MB (the formula gives 1,187).
// Least squares over the first four: about 16 MB fixed, 36 B a row (4 B a cell over the kept
// columns plus the line number) and 611 B a customer (the GROUP BY customer_id hash tables);
// rounded up so the estimate errs on the safe side.
const FIXED_BYTES = 16 * 2 ** 20;
const CELL_BYTES = 4;
const CUSTOMER_BYTES = 620;
/** Below this share of the limit an import is called safe; up to the limit, tight. */
const SAFE_SHARE = 0.8;

/** The pre-flight estimate shown before an import is confirmed. */
export interface PreflightEstimate {
  rows: number;
  customers: number;
  /** Peak memory the import and the per-customer tables need, in bytes. */
  bytes: number;
  /** What this browser can give the engine, in bytes. */
  limit: number;
  /** The head is the whole file: rows and customers are counts, not guesses. */
  exact: boolean;
  verdict: 'fits' | 'tight' | 'too_big';
}

/**
 * Expected rows, customers and peak memory of importing a text file of `fileBytes`, from its
 * sniffed head: rows = file size / bytes per record of the head (less the header and blank
 * lines' share); customers = rows x the head's distinct customer ids per row (an over-estimate
 * when the file is not grouped by customer, which errs on the safe side; every row a customer
 * when no column is mapped to customer_id); bytes = 16 MB + 4 B per kept cell + 620 B per
 * customer. `deviceMemoryGb` (navigator.deviceMemory, when the browser tells) lowers the limit to
 * half the device's memory on small devices. Returns undefined without a sample (Excel, Parquet).
 */
export function preflightEstimate(fileBytes: number, sample: SniffSample | undefined, headers: readonly string[], mapping: Record<string, Role>, deviceMemoryGb?: number): PreflightEstimate | undefined {
  if (!sample || sample.bytes <= 0 || sample.records <= 0) return undefined;
  const rows = sample.complete ? sample.rows
    : Math.max(0, Math.round(fileBytes * sample.records / sample.bytes) - (sample.records - sample.rows));
  const c = headers.findIndex((h) => mapping[h] === 'customer_id');
  const perRow = c < 0 || sample.rows === 0 ? 1 : Math.min(1, sample.distinct[c] / sample.rows);
  const customers = sample.complete && c >= 0 ? sample.distinct[c] : Math.round(rows * perRow);
  const kept = headers.filter((h) => (mapping[h] ?? 'ignore') !== 'ignore').length;
  const bytes = FIXED_BYTES + CELL_BYTES * rows * (kept + 1) + CUSTOMER_BYTES * customers;
  const device = deviceMemoryGb && deviceMemoryGb > 0 ? (deviceMemoryGb / 2) * 2 ** 30 : Infinity;
  const limit = Math.min(WASM_LIMIT_BYTES, device);
  const verdict = bytes <= SAFE_SHARE * limit ? 'fits' : bytes <= limit ? 'tight' : 'too_big';
  return { rows, customers, bytes, limit, exact: sample.complete, verdict };
}
