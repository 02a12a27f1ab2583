/**
 * The typed boundary between the page and the engine worker. The worker exposes an object of
 * type EngineApi through comlink; everything that crosses is plain data, Arrow IPC bytes
 * (transferred, not copied) or a File.
 */
import type { ImportOptions, IngestReport, SniffResult } from './ingest/types';

import type { AnalyzeRequest } from './analyses/AnalyzeRequest';
import type { OverviewData } from './overview/overviewData';
import type { Selection } from './overview/Selection';

export type { ImportOptions, SniffResult } from './ingest/types';
export type { AnalyzeRequest, OverviewData, Selection };

/** The `import` object of CONTRACT.md plus what the UI shows besides. */
export interface ImportReport extends Omit<IngestReport, 'first_date' | 'last_date'> {
  file_name: string;
  customers: number;
  orders: number;
  total_amount: number;
  first_date: string | null;
  last_date: string | null;
  ms: number;
  /** How long the import's steps took (ms), for the benchmark: the fast path's, then the summary. */
  steps?: Record<string, number>;
  /** Why DuckDB's own CSV reader (the fast path) was tried and not used; absent when it was used or not tried. */
  fast_path_fallback?: string;
}

/** Progress of a long import, reported every chunk. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}

/** What the engine tells about itself once started. */
export interface EngineInfo {
  duckdb: string;
  package: string;
  startMs: number;
}

/** The engine's memory (Engine.memory): the wasm heap (its peak: it never shrinks) and DuckDB's share. */
export interface EngineMemory {
  wasmBytes: number;
  duckdbBytes: number;
}

/** Error names the worker uses; the main thread maps them to messages and wraps them. */
export type EngineErrorName = 'ImportRefused' | 'ImportCancelled' | 'QueryFailed' | 'NotReady';

export interface EngineApi {
  start(wasmUrl: string): Promise<EngineInfo>;
  sniffFile(file: Blob, options: ImportOptions): Promise<SniffResult>;
  importFile(file: Blob, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportReport>;
  cancelImport(): void;
  /** Run SQL and return the result as Arrow IPC stream bytes. */
  queryIPC(sql: string): Promise<Uint8Array>;
  exec(sql: string): Promise<void>;
  /** A whole table as an Arrow IPC stream, read a chunk at a time (the copy kept on the device). */
  tableIPC(table: string): Promise<Blob>;
  /** Create (or replace) a table from Arrow IPC bytes (restoring data saved on the device). */
  insertIPC(bytes: Uint8Array, table: string): Promise<void>;
  tables(): Promise<string[]>;
  prepareOverview(opts?: { refDate?: string }): Promise<void>;
  /** Build the selection pre-aggregation (after the overview is drawn; a selection builds it too). */
  prepareSelections(): Promise<void>;
  overview(selection: Selection | null): Promise<OverviewData>;
  analyze(req: AnalyzeRequest): Promise<Record<string, unknown>>;
  customerListIPC(selection: Selection | null, limit?: number): Promise<Uint8Array>;
  memory(): Promise<EngineMemory>;
}
