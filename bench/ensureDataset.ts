import { execFile } from 'node:child_process';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { countLines } from './countLines';

/** A generated transactions CSV and its true size. */
export interface Dataset {
  target: number;
  path: string;
  /** Data rows (header excluded). */
  rows: number;
  bytes: number;
  customers: number;
}

/**
 * Rows per customer of gen-transactions.mjs without --lines, with the default parameters and
 * window: 3.078 at 33k customers, 3.071 at 330k, 3.070 at 3.3M (../shared/tools/README.md).
 */
export const ROWS_PER_CUSTOMER = 3.07;

/** The shared tool sits beside the repository (../shared from /work/main). */
const GENERATOR = fileURLToPath(new URL('../../shared/tools/gen-transactions.mjs', import.meta.url));

/** Customers to ask the generator for so that the file holds about `target` rows. */
export function customersFor(target: number): number {
  return Math.max(1, Math.round(target / ROWS_PER_CUSTOMER));
}

/**
 * The CSV for a target size in `dir`, generated once (seed 42, 2022-01-01..2024-12-31) and
 * reused afterwards. A sidecar .meta.json records the row count, so a reused 1.4 GB file is not
 * re-counted; the CSV is written under a temporary name first, so an interrupted run never
 * leaves a truncated file that a later run would take for complete.
 */
export async function ensureDataset(target: number, dir: string, log: (s: string) => void): Promise<Dataset> {
  const file = path.join(dir, `tx-${target}.csv`);
  const meta = `${file}.meta.json`;
  const customers = customersFor(target);
  if (existsSync(file) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as Dataset;
    if (m.bytes === statSync(file).size) return { ...m, path: file };
  }
  if (!existsSync(file)) {
    log(`generating ${file} (${customers} customers)…`);
    const tmp = `${file}.part`;
    await promisify(execFile)(process.execPath, [
      GENERATOR, '--customers', String(customers), '--seed', '42', '--start', '2022-01-01', '--end', '2024-12-31', '--out', tmp, '--quiet',
    ], { maxBuffer: 1 << 20 });
    renameSync(tmp, file);
  }
  const rows = (await countLines(file)) - 1;
  const ds: Dataset = { target, path: file, rows, bytes: statSync(file).size, customers };
  writeFileSync(meta, JSON.stringify(ds, null, 2));
  return ds;
}
