import * as Comlink from 'comlink';
import { tableFromIPC, type Table } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { AnalyzeRequest, EngineApi, EngineInfo, ImportOptions, ImportProgress, ImportReport, OverviewData, Selection, SniffResult } from '../../../workers/protocol';
import { QueryError } from './QueryError';

/**
 * The page's handle on the engine worker. Every call goes through comlink; results come back as
 * Arrow IPC bytes (transferred) and are decoded here; failures become QueryErrors with the SQL.
 */
export class EngineClient {
  private constructor(
    private readonly worker: Worker,
    private readonly api: Comlink.Remote<EngineApi>,
    readonly info: EngineInfo,
  ) {}

  /** Start the worker and DuckDB inside it. */
  static async start(): Promise<EngineClient> {
    const worker = new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<EngineApi>(worker);
    try {
      const info = await api.start(new URL(wasmUrl, location.href).href);
      return new EngineClient(worker, api, info);
    } catch (e) {
      worker.terminate();
      throw QueryError.wrap(e);
    }
  }

  async query(sql: string): Promise<Table> {
    try {
      return tableFromIPC(await this.api.queryIPC(sql));
    } catch (e) {
      throw QueryError.wrap(e, sql);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.api.exec(sql);
    } catch (e) {
      throw QueryError.wrap(e, sql);
    }
  }

  /** The table as Arrow IPC bytes (to keep a copy on the device). */
  async tableIPC(table: string): Promise<Uint8Array> {
    const sql = `SELECT * FROM "${table.replaceAll('"', '""')}"`;
    try {
      return await this.api.queryIPC(sql);
    } catch (e) {
      throw QueryError.wrap(e, sql);
    }
  }

  /** Create a table from Arrow IPC bytes; the bytes are transferred to the worker, not copied. */
  async insertIPC(bytes: Uint8Array, table: string): Promise<void> {
    try {
      await this.api.insertIPC(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), table);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  async sniff(file: File, options: ImportOptions = {}): Promise<SniffResult> {
    try {
      return await this.api.sniffFile(file, options);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  async import(file: File, options: ImportOptions = {}, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    try {
      return await this.api.importFile(file, options, onProgress ? Comlink.proxy(onProgress) : undefined);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  cancelImport(): Promise<void> {
    return this.api.cancelImport();
  }

  /** Build the per-customer tables after an import. */
  async prepareOverview(opts: { refDate?: string } = {}): Promise<void> {
    try {
      await this.api.prepareOverview(opts);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  async overview(selection: Selection | null): Promise<OverviewData> {
    try {
      return await this.api.overview(selection);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  async analyze(req: AnalyzeRequest): Promise<Record<string, unknown>> {
    try {
      return await this.api.analyze(req);
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  async customerList(selection: Selection | null, limit?: number): Promise<Table> {
    try {
      return tableFromIPC(await this.api.customerListIPC(selection, limit));
    } catch (e) {
      throw QueryError.wrap(e);
    }
  }

  tables(): Promise<string[]> {
    return this.api.tables();
  }

  terminate(): void {
    this.worker.terminate();
  }
}
