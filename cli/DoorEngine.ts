import type { Table } from 'apache-arrow';
import type { AnalyzeRequest } from '../workers/analyses/AnalyzeRequest';
import type { ImportOptions } from '../workers/ingest/types';
import type { ImportProgress, ImportReport } from '../workers/protocol';

/**
 * What the headless door needs of an engine: the wasm Engine (workers/engine.ts) and the
 * native one (workers/db/native/NativeEngine.ts) both provide it.
 */
export interface DoorEngine {
  importFile(file: Blob, options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportReport>;
  analyze(req: AnalyzeRequest): Record<string, unknown>;
  query(sql: string): Table;
  tables(): string[];
}
