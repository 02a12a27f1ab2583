import * as Comlink from 'comlink';
import { tableFromIPC, type Table } from 'apache-arrow';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { AnalyzeRequest, EngineApi, EngineInfo, EngineMemory, ImportOptions, ImportProgress, ImportReport, OverviewData, Selection, SniffResult } from '../../../workers/protocol';
import { QueryError } from './QueryError';

/**
 * Errors after which the engine is not trusted: wasm traps and DuckDB running out of its
 * memory. The page then replaces the worker and restores the data from the device copy.
 */
function isFatal(e: QueryError): boolean {
  return e.causeName === 'RuntimeError' || /memory access out of bounds|unreachable|Aborted\(/i.test(e.message);
}

/**
 * DuckDB's own "Out of Memory Error": the statement failed and gave back what it held, and the
 * database stays whole (tables and later statements work: test/workers/engine.outOfMemory.test.ts). A wasm trap
 * is what leaves the engine untrustworthy (isFatal).
 */
function isOutOfMemory(e: QueryError): boolean {
  return /Out of Memory Error/i.test(e.message);
}

/**
 * The page's handle on the engine worker. Every call goes through comlink; results come back as
 * Arrow IPC bytes (transferred) and are decoded here; failures become QueryErrors with the SQL.
 */
export class EngineClient {
  /** Called when the engine can no longer be trusted (a wasm trap, the worker died). */
  onFatal: ((error: QueryError) => void) | null = null;
  /** Called when DuckDB ran out of memory in a statement (the engine itself is still sound). */
  onOutOfMemory: ((error: QueryError) => void) | null = null;
  /** Called whenever the number of calls in flight changes. */
  onBusy: ((inFlight: number) => void) | null = null;
  private inFlight = 0;
  private terminated = false;
  /** Rejecters of the calls in flight: a terminated worker never answers, so they are failed here. */
  private readonly pending = new Set<(e: QueryError) => void>();

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
      const client = new EngineClient(worker, api, info);
      worker.addEventListener('error', (e) => client.onFatal?.(new QueryError(`the engine worker failed: ${e.message}`, undefined, 'WorkerError')));
      return client;
    } catch (e) {
      worker.terminate();
      throw QueryError.wrap(e);
    }
  }

  async query(sql: string): Promise<Table> {
    return this.track(async () => tableFromIPC(await this.api.queryIPC(sql)), sql);
  }

  async exec(sql: string): Promise<void> {
    return this.track(() => this.api.exec(sql), sql);
  }

  /** Count a call in flight and report fatal failures, keeping the SQL with the error. */
  private async track<R>(call: () => Promise<R>, sql?: string): Promise<R> {
    if (this.terminated) throw new QueryError('the engine was restarted; run this again', sql, 'EngineRestarted');
    this.onBusy?.(++this.inFlight);
    let fail!: (e: QueryError) => void;
    const stopped = new Promise<never>((_, reject) => (fail = reject));
    this.pending.add(fail);
    try {
      return await Promise.race([call(), stopped]);
    } catch (e) {
      const err = QueryError.wrap(e, sql);
      if (isFatal(err)) this.onFatal?.(err);
      else if (isOutOfMemory(err)) this.onOutOfMemory?.(err);
      throw err;
    } finally {
      this.pending.delete(fail);
      this.onBusy?.(--this.inFlight);
    }
  }

  /** The table as an Arrow IPC stream (to keep a copy on the device). */
  async tableIPC(table: string): Promise<Blob> {
    return this.track(() => this.api.tableIPC(table), `SELECT * FROM "${table.replaceAll('"', '""')}"`);
  }

  /** Create a table from Arrow IPC bytes; the bytes are transferred to the worker, not copied. */
  async insertIPC(bytes: Uint8Array, table: string): Promise<void> {
    return this.track(() => this.api.insertIPC(Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]), table));
  }

  async sniff(file: File, options: ImportOptions = {}): Promise<SniffResult> {
    return this.track(() => this.api.sniffFile(file, options));
  }

  async import(file: File, options: ImportOptions = {}, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    return this.track(() => this.api.importFile(file, options, onProgress ? Comlink.proxy(onProgress) : undefined));
  }

  cancelImport(): Promise<void> {
    return this.terminated ? Promise.resolve() : this.api.cancelImport();
  }

  /** Build the per-customer tables after an import. */
  async prepareOverview(opts: { refDate?: string } = {}): Promise<void> {
    return this.track(() => this.api.prepareOverview(opts));
  }

  /** Build the selection pre-aggregation now, while the user looks at the overview. */
  async prepareSelections(): Promise<void> {
    return this.track(() => this.api.prepareSelections());
  }

  async overview(selection: Selection | null): Promise<OverviewData> {
    return this.track(() => this.api.overview(selection));
  }

  async analyze(req: AnalyzeRequest): Promise<Record<string, unknown>> {
    return this.track(() => this.api.analyze(req));
  }

  async customerList(selection: Selection | null, limit?: number): Promise<Table> {
    return this.track(async () => tableFromIPC(await this.api.customerListIPC(selection, limit)));
  }

  /** The worker's memory: the wasm heap's peak and DuckDB's own share (the benchmark reads it). */
  memory(): Promise<EngineMemory> {
    return this.track(() => this.api.memory());
  }

  tables(): Promise<string[]> {
    return this.track(() => this.api.tables());
  }

  terminate(): void {
    this.terminated = true;
    this.worker.terminate();
    for (const fail of this.pending) fail(new QueryError('the engine was restarted; run this again', undefined, 'EngineRestarted'));
    this.pending.clear();
  }
}
