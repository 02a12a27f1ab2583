import type { Role, SniffSample } from '../../../workers/ingest/types';
import { storageSettings } from '../../../workers/import/storageSettings';

/** DuckDB-WASM's memory ceiling (wasm32): what a browser tab can give the engine at most. */
const WASM_LIMIT_BYTES = 3.1 * 2 ** 30;

/**
 * The page's peak wasm heap after a drop (import, overview, device copy, notebook, the open
 * analysis tab and the selection cells, all settled), per storage regime of storageSettings:
 * fixed bytes, bytes per kept cell (the kept columns and the line number) and per customer.
 * Fitted by least squares to bench/memoryFit.ts on 12 generator files (0.1M-50M rows, 0.13-0.73
 * customers a row, 8 and 10 columns; 24 November 2026, after the ENUM labels and customer_rfm's
 * computed columns) and rounded up, so that no file lands under its peak: the heap grows in steps
 * of about 100 MB, so single files land from 3% to 31% over (5M rows, just under a step), the
 * estimate made from each file's sniffed head as the mapping panel makes it.
 *   raw (under 128 MB): 0.1M rows / 33k customers 73 MB; 1M / 326k 372 MB; 0.79M / 100k
 *     (10 columns) 258 MB; 1.7M / 553k 636 MB.
 *   checkpointed (128-256 MB): 2.6M / 846k 636 MB; 2.0M / 250k (10 columns) 372 MB; 3.5M / 1.14M
 *     842 MB (the text is not compressed, which is why these peak above the 5M file's).
 *   compressed (above 256 MB): 5M / 1.63M 258 MB; 7.8M / 1M (10 columns) 372 MB; 10M / 7.3M
 *     642 MB; 20M / 6.5M 740 MB; 50M / 16.3M 1,638 MB (49% of the limit).
 */
const MODEL = {
  raw: { fixed: 40e6, cell: 21, customer: 560 },
  checkpointed: { fixed: 45e6, cell: 11, customer: 430 },
  compressed: { fixed: 180e6, cell: 1.8, customer: 47 },
};
/** Below this share of the limit an import is called safe; up to the limit, tight. */
const SAFE_SHARE = 0.8;

/** The pre-flight estimate shown before an import is confirmed. */
export interface PreflightEstimate {
  rows: number;
  customers: number;
  /** Peak memory of the import and the page's work after it (overview, notebook, copy), in bytes. */
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
 * when no column is mapped to customer_id); bytes = MODEL for the file's storage regime.
 * `deviceMemoryGb` (navigator.deviceMemory, when the browser tells) lowers the limit to half the
 * device's memory on small devices. Returns undefined without a sample (Excel, Parquet).
 */
export function preflightEstimate(fileBytes: number, sample: SniffSample | undefined, headers: readonly string[], mapping: Record<string, Role>, deviceMemoryGb?: number): PreflightEstimate | undefined {
  if (!sample || sample.bytes <= 0 || sample.records <= 0) return undefined;
  const rows = sample.complete ? sample.rows
    : Math.max(0, Math.round(fileBytes * sample.records / sample.bytes) - (sample.records - sample.rows));
  const c = headers.findIndex((h) => mapping[h] === 'customer_id');
  const perRow = c < 0 || sample.rows === 0 ? 1 : Math.min(1, sample.distinct[c] / sample.rows);
  const customers = sample.complete && c >= 0 ? sample.distinct[c] : Math.round(rows * perRow);
  const kept = headers.filter((h) => (mapping[h] ?? 'ignore') !== 'ignore').length;
  const regime = storageSettings({ bytes: fileBytes });
  const m = regime.compressText ? MODEL.compressed : regime.checkpoint ? MODEL.checkpointed : MODEL.raw;
  const bytes = Math.round(m.fixed + m.cell * rows * (kept + 1) + m.customer * customers);
  const device = deviceMemoryGb && deviceMemoryGb > 0 ? (deviceMemoryGb / 2) * 2 ** 30 : Infinity;
  const limit = Math.min(WASM_LIMIT_BYTES, device);
  const verdict = bytes <= SAFE_SHARE * limit ? 'fits' : bytes <= limit ? 'tight' : 'too_big';
  return { rows, customers, bytes, limit, exact: sample.complete, verdict };
}
