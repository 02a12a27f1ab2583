import { tableToIPC } from 'apache-arrow';
import { TextImporter } from '../ingest/TextImporter';
import { RecordImporter } from '../ingest/RecordImporter';
import { fastImport } from './fast/fastImport';
import { fastImportEligible } from './fast/fastImportEligible';
import { NUMBER_ROLES, TEXT_ROLES, type ImportOptions, type IngestReport, type Role, type RowBatch, type SniffResult } from '../ingest/types';
import type { ImportProgress, ImportReport } from '../protocol';
import type { Engine } from '../engine';
import { batchToArrow } from './batchToArrow';
import { importSummarySql } from './importSummarySql';
import { linesAreOrdersSql } from './linesAreOrdersSql';
import type { ImportCounts } from './fast/uniqueOrderCounts';
import { summarySlices } from './summarySlices';
import { quoteIdent } from './quoteIdent';
import { readBytes } from './readBytes';
import { sniffWithRecords } from './sniffWithRecords';
import type { TableFile } from './readRecords';
import { storageSettings } from './storageSettings';
import { transactionsDdl } from './transactionsDdl';

/** Bytes read per step: large enough to amortise the per-batch insert, small enough to cancel promptly. */
const CHUNK = 4 * 1024 * 1024;
/** Steps between checkpoints (64 MB of file), which compress the rows inserted so far. */
const CHECKPOINT_CHUNKS = 16;

export interface ImportContext {
  table: string;
  name: string;
  onProgress?: (p: ImportProgress) => void;
  isCancelled: () => boolean;
}

/**
 * Stream a file through the ingest into a new table, then swap it in for `ctx.table`. Rows reach
 * DuckDB batch by batch as Arrow, so memory stays bounded by the chunk size plus DuckDB's table.
 */
export async function importInto(engine: Engine, file: Blob, options: ImportOptions, ctx: ImportContext): Promise<ImportReport> {
  const t0 = performance.now();
  const { sniff: sniffed, table } = await sniffWithRecords(file, options, ctx.name);
  // Settings that also hold for the tables built afterwards (customer_rfm and the rest).
  const storage = storageSettings({ bytes: file.size, rows: table?.rows });
  for (const sql of storage.sql) engine.exec(sql);
  if (sniffed.refused) return refusedReport(ctx.name, sniffed.refused, sniffed.encoding, sniffed.delimiter, t0);

  const mapping = { ...sniffed.mapping, ...options.mapping };
  const skipped = dropClashingAttributes(mapping);
  const attributes = Object.keys(mapping).filter((h) => mapping[h] === 'attribute');
  const staging = `__import_${ctx.table}`;
  const steps: Record<string, number> = { sniff: performance.now() - t0 };
  let fallback: string | undefined;
  let counts: ImportCounts | undefined;
  // Clean UTF-8 files go to DuckDB's own CSV reader: the same rows and the same report as the TS
  // path (checked by test/workers/import/fast), about twice as fast; anything it cannot vouch
  // for falls back to the TS path below with nothing left behind.
  if (options.fastPath !== false && fastImportEligible(sniffed, options) === true) {
    const fast = await fastImport(engine, file, {
      name: ctx.name, sniff: sniffed, options, mapping, staging, attributes, isCancelled: ctx.isCancelled, onProgress: ctx.onProgress, checkpoint: storage.checkpoint,
      onStep: (step, ms) => (steps[step] = (steps[step] ?? 0) + ms),
      onFallback: (why) => (fallback = why),
      onCounts: (made) => (counts = made),
    });
    if (fast) return finishImport(engine, withSkipped(fast, skipped), staging, ctx, t0, steps, counts);
  }
  engine.exec(transactionsDdl(staging, attributes));
  const put = (batch: RowBatch | null) => {
    if (!batch || batch.length === 0) return;
    // insertArrowTable re-encodes in a way DuckDB 1.4 rejects ("buffer_index out of range") with
    // apache-arrow 21; a complete IPC stream appended to the table is what works, with no copy.
    engine.conn.insertArrowFromIPCStream(tableToIPC(batchToArrow(batch, attributes), 'stream'), { name: staging, create: false });
  };

  let report: IngestReport;
  try {
    if (table) {
      report = await importRecords(table, { ...sniffed, mapping }, { ...options, mapping }, file.size, ctx, put);
    } else {
      report = await streamText(file, sniffed, mapping, options, ctx, put, () => {
        if (storage.checkpoint) engine.exec('CHECKPOINT');
      });
    }
  } catch (e) {
    engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
    throw e;
  }
  steps.ingest = performance.now() - t0 - Object.values(steps).reduce((a, b) => a + b, 0);
  const done = finishImport(engine, withSkipped(report, skipped), staging, ctx, t0, steps);
  return fallback === undefined ? done : { ...done, fast_path_fallback: fallback };
}

/** Excel and Parquet records through the ingest, a batch (a Parquet row group) at a time. */
async function importRecords(table: TableFile, sniffed: SniffResult, options: ImportOptions, size: number, ctx: ImportContext, put: (b: RowBatch | null) => void): Promise<IngestReport> {
  const importer = new RecordImporter(sniffed, options);
  importer.bytesRead = size;
  let seen = 0;
  for await (const batch of table.records) {
    if (ctx.isCancelled()) throw Object.assign(new Error('import cancelled; the previous data is unchanged'), { name: 'ImportCancelled' });
    for (const r of batch) {
      importer.add(r);
      put(importer.takeBatch(65_536));
    }
    seen += batch.length;
    // Progress by rows: the file's bytes are compressed and read in one piece.
    ctx.onProgress?.({ bytesRead: Math.round(size * Math.min(1, seen / Math.max(1, table.rows + 1))), bytesTotal: size, rows: seen - 1 });
  }
  const done = importer.finish();
  put(done.batch);
  ctx.onProgress?.({ bytesRead: size, bytesTotal: size, rows: done.report.rows_imported });
  return done.report;
}

/**
 * Columns kept as text are named after their header in `transactions`; a header that is already
 * a column there (line, region, amount...) or repeats another one (case-insensitively, as DuckDB
 * compares names) cannot be, so it is not imported, and the report says so.
 */
function dropClashingAttributes(mapping: Record<string, Role>): string[] {
  const taken = new Set<string>(['line', 'order_date', ...TEXT_ROLES, ...NUMBER_ROLES]);
  const skipped: string[] = [];
  for (const header of Object.keys(mapping)) {
    if (mapping[header] !== 'attribute') continue;
    const key = header.toLowerCase();
    if (taken.has(key)) {
      mapping[header] = 'ignore';
      skipped.push(header);
    } else taken.add(key);
  }
  return skipped;
}

function withSkipped(report: IngestReport, skipped: string[]): IngestReport {
  if (skipped.length === 0) return report;
  const names = skipped.map((h) => `"${h}"`).join(', ');
  return { ...report, warnings: [...report.warnings, `Column ${names} was not imported: its name is taken by a column Segbook creates. Map it to a role, or rename it in the file.`] };
}

async function streamText(
  file: Blob,
  sniffed: SniffResult,
  mapping: Record<string, Role>,
  options: ImportOptions,
  ctx: ImportContext,
  put: (batch: RowBatch | null) => void,
  checkpoint: () => void,
): Promise<IngestReport> {
  const importer = new TextImporter({ ...sniffed, mapping }, { ...options, mapping });
  let rows = 0;
  for (let offset = 0, k = 1; offset < file.size; offset += CHUNK, k++) {
    if (ctx.isCancelled()) throw Object.assign(new Error('import cancelled; the previous data is unchanged'), { name: 'ImportCancelled' });
    const batch = importer.push(await readBytes(file, offset, offset + CHUNK));
    rows += batch?.length ?? 0;
    put(batch);
    // Rows stay uncompressed in wasm memory until a checkpoint: without one, 20M rows ran out of it.
    if (k % CHECKPOINT_CHUNKS === 0) checkpoint();
    ctx.onProgress?.({ bytesRead: Math.min(offset + CHUNK, file.size), bytesTotal: file.size, rows });
  }
  const done = importer.finish();
  put(done.batch);
  return done.report;
}

/**
 * Swap the staging table in for `ctx.table` and add the summary. `counts`: customers and orders
 * the fast path already counted over exactly these rows (uniqueOrderCounts).
 */
function finishImport(engine: Engine, report: IngestReport, staging: string, ctx: ImportContext, t0: number, steps: Record<string, number>, counts?: ImportCounts): ImportReport {
  if (report.outcome === 'refused' || report.rows_imported === 0) {
    engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
    const message = report.outcome === 'refused' ? report.message : `no data rows could be imported from ${ctx.name}`;
    return { ...summaryOf(null), ...report, outcome: 'refused', message, rows_imported: 0, file_name: ctx.name, ms: Math.round(performance.now() - t0) };
  }
  engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(ctx.table)}`);
  engine.exec(`ALTER TABLE ${quoteIdent(staging)} RENAME TO ${quoteIdent(ctx.table)}`);
  const t1 = performance.now();
  const slices = counts ? 0 : summarySlices(report.rows_imported);
  const summary = counts
    ? { ...summaryOf(engine.query(importSummarySql.totals(ctx.table)).toArray()[0]?.toJSON() ?? null), ...counts }
    : summaryOf(engine.query(importSummarySql(ctx.table, { k: 0, of: slices })).toArray()[0]?.toJSON() ?? null);
  for (let k = 1; k < slices; k++) {
    const more = summaryOf(engine.query(importSummarySql(ctx.table, { k, of: slices })).toArray()[0]?.toJSON() ?? null);
    summary.customers += more.customers;
    summary.orders += more.orders;
  }
  // Every line its own order (no order id repeats): the analyses may skip grouping lines into orders.
  if (summary.orders === report.rows_imported) engine.exec(linesAreOrdersSql(ctx.table));
  steps.summary = performance.now() - t1;
  return { ...report, ...summary, file_name: ctx.name, ms: Math.round(performance.now() - t0), steps: roundSteps(steps) };
}

function roundSteps(steps: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(v)]));
}

type Summary = Pick<ImportReport, 'customers' | 'orders' | 'total_amount' | 'first_date' | 'last_date'>;

function summaryOf(row: Record<string, unknown> | null): Summary {
  return {
    customers: Number(row?.customers ?? 0),
    orders: Number(row?.orders ?? 0),
    total_amount: Number(row?.total_amount ?? 0),
    first_date: (row?.first_date as string | null) ?? null,
    last_date: (row?.last_date as string | null) ?? null,
  };
}

function refusedReport(name: string, message: string, encoding: string, delimiter: string, t0: number): ImportReport {
  return {
    outcome: 'refused', message, encoding, delimiter,
    rows_read: 0, rows_imported: 0, rows_rejected: 0, rejected: [], excluded: [], blank_lines: [],
    warnings: [], column_mapping: {}, returns: 0, zero_amounts: 0, duplicates: 0, bytes_read: 0,
    ...summaryOf(null), file_name: name, ms: Math.round(performance.now() - t0),
  };
}
