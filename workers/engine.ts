import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import type { ImportOptions, SniffResult } from './ingest/types';
import type { EngineInfo, EngineMemory, ImportProgress, ImportReport } from './protocol';
import { importInto } from './import/importInto';
import { linesAreOrdersSql } from './import/linesAreOrdersSql';
import { sniffFile } from './import/sniffFile';
import type { AnalyzeRequest } from './analyses/AnalyzeRequest';
import { runAll } from './analyses/runAll';
import { overviewData, type OverviewData } from './overview/overviewData';
import { overviewParts } from './overview/overviewParts';
import { prepareOverviewSql } from './overview/prepareOverviewSql';
import { prepareSelectionCells } from './overview/prepareSelectionCells';
import { refDateSql } from '../src/lib/sql/refDateSql';
import { sqlIdent } from '../src/lib/sql/sqlIdent';
import { insertIPCChunks } from './db/insertIPCChunks';
import { streamIPC } from './db/streamIPC';
import type { Selection } from './overview/Selection';
import type { SelectionCells } from './overview/SelectionCells';
import { selectionWhereSql } from './overview/selectionWhereSql';

type Opened = { db: duckdb.DuckDBBindings; conn: duckdb.DuckDBConnection };

/**
 * The engine: DuckDB plus our ingest and analyses, with no messaging code, so tests and the
 * headless door call it directly in Node and the worker entry only wires it to comlink.
 */
export class Engine {
  private cancelled = false;
  /** Set by prepareOverview once the selection pre-aggregation matches customer_rfm. */
  private cells: SelectionCells | null = null;
  /** The pre-aggregation ran out of memory for this data: selections read the customer rows. */
  private cellsFailed = false;
  /** Imports run one at a time: each streams into a staging table that it then swaps in. */
  private importQueue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly db: duckdb.DuckDBBindings,
    readonly conn: duckdb.DuckDBConnection,
    readonly startMs: number,
  ) {}

  /** Start an engine over a DuckDB opened by `open` (node-duckdb.ts or browser-duckdb.ts). */
  static async open(open: () => Promise<Opened>): Promise<Engine> {
    const t0 = performance.now();
    const { db, conn } = await open();
    return new Engine(db, conn, performance.now() - t0);
  }

  info(): EngineInfo {
    const version = this.query('PRAGMA version').getChild('library_version')?.get(0) as string;
    return { duckdb: version, package: this.db.getVersion(), startMs: Math.round(this.startMs) };
  }

  /** Propose encoding, delimiter, header and column roles from the start of a file. */
  sniffFile(file: Blob, options: ImportOptions = {}, name?: string): Promise<SniffResult> {
    return sniffFile(file, options, name ?? fileName(file));
  }

  /**
   * Import a file into `table` (default `transactions`). The previous table stays in place until
   * the new one is complete, so a refused, failed or cancelled import loses nothing.
   */
  async importFile(
    file: Blob,
    options: ImportOptions = {},
    onProgress?: (p: ImportProgress) => void,
    table = 'transactions',
  ): Promise<ImportReport> {
    const run = async () => {
      this.cancelled = false;
      return importInto(this, file, options, { table, onProgress, isCancelled: () => this.cancelled, name: fileName(file) });
    };
    const next = this.importQueue.then(run, run);
    this.importQueue = next.catch(() => undefined);
    return next;
  }

  /** Ask a running import to stop at its next chunk. */
  cancelImport(): void {
    this.cancelled = true;
  }

  /** Run one or more statements for their effect. */
  exec(sql: string): void {
    this.conn.query(sql);
  }

  /** Run a query and return an Arrow table (Node callers and analysis runners). */
  query(sql: string): Table {
    return this.conn.query(sql);
  }

  /**
   * query, with the result read out of DuckDB a chunk at a time (streamIPC) into the JavaScript
   * heap: conn.query materializes the whole result in the wasm heap first, which never shrinks.
   */
  queryStreamed(sql: string): Table {
    return tableFromIPC(streamIPC.parts(this.db, this.conn, sql));
  }

  /** Create (or replace) `table` from Arrow IPC stream bytes, a slice of batches at a time. */
  insertIPC(bytes: Uint8Array, table: string): void {
    this.exec(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
    insertIPCChunks(this.conn, bytes, table);
  }

  /**
   * A whole table as an Arrow IPC stream (the device copy), read a chunk at a time (streamIPC).
   * Reading it in one query took the page's wasm heap from 450 to 655 MB after a 1M-row drop and
   * to 1,713 MB instead of 742 after a 2.6M-row one (bench/memoryFit.ts, November 2026).
   */
  tableIPC(table: string): Blob {
    return streamIPC(this.db, this.conn, `SELECT * FROM ${sqlIdent(table)}`);
  }

  /** Run a query and return Arrow IPC stream bytes, ready to transfer to the page. */
  queryIPC(sql: string): Uint8Array {
    return tableToIPC(this.conn.query(sql), 'stream');
  }

  /**
   * Build the per-customer tables the overview and selections read (after each import); on big
   * data in customer slices (overviewParts), with the reference date fixed first for all of them.
   * Lines are read as orders without grouping when the import marked the table so (linesAreOrdersSql).
   */
  prepareOverview(opts: { refDate?: string } = {}): void {
    const rows = Number(this.query('SELECT count(*) AS n FROM transactions').getChild('n')?.get(0) ?? 0);
    let parts = overviewParts(rows);
    let refDate = opts.refDate;
    if (parts > 1 && refDate === undefined) {
      refDate = (this.query(`SELECT (${refDateSql()})::VARCHAR AS d`).getChild('d')?.get(0) as string | null) ?? undefined;
      if (refDate === undefined) parts = 1; // no dates at all: nothing to slice
    }
    this.cells = null;
    this.cellsFailed = false;
    const linesAreOrders = this.query(linesAreOrdersSql.read('transactions')).getChild('yes')?.get(0) === true;
    for (const sql of prepareOverviewSql({ ...opts, refDate, linesAreOrders }, parts)) this.exec(sql);
  }

  /**
   * Build the selection pre-aggregation over the tables prepareOverview built, once. The page
   * asks for it right after drawing the overview, so the first charts do not wait for it and
   * clicks find it ready; a selection made before that builds it first.
   */
  prepareSelections(): void {
    if (this.cells !== null || this.cellsFailed) return;
    try {
      this.cells = prepareSelectionCells(this);
    } catch (e) {
      // Only a speed-up: on data too big for it (DuckDB's Out of Memory Error, after which the
      // database is whole) a selection reads the customer rows instead, and it is not tried again
      // until new data. Any other error is a bug to see.
      if (!/Out of Memory Error/i.test(e instanceof Error ? e.message : String(e))) throw e;
      this.cellsFailed = true;
    }
  }

  /** The overview charts' data, for all customers or a selection. */
  overview(selection: Selection | null): OverviewData {
    if (selection && selection.keys.length > 0) this.prepareSelections();
    return overviewData(this, selection, this.cells);
  }

  /** Run CONTRACT.md analyses over `transactions`. */
  analyze(req: AnalyzeRequest): Record<string, unknown> {
    return runAll(this, req);
  }

  /** The customers of a selection (all when null), best first, as Arrow IPC bytes. */
  customerListIPC(selection: Selection | null, limit?: number): Uint8Array {
    const where = selection && selection.keys.length ? ` WHERE ${selectionWhereSql(selection)}` : '';
    const lim = limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`;
    return this.queryIPC(`SELECT customer_id, r, f, m, rfm_cell, segment_rfm10, segment_cn8, tier, recency_days,
  frequency, round(monetary, 2) AS monetary, first_date::VARCHAR AS first_date, last_date::VARCHAR AS last_date
FROM customer_rfm${where} ORDER BY value_rank${lim}`);
  }

  /**
   * Memory now: `wasmBytes`, the size of the wasm heap, which only ever grows, so it is the peak
   * since start; `duckdbBytes`, what DuckDB's buffer manager holds (tables, hash tables, temporaries).
   */
  memory(): EngineMemory {
    const bytes = this.query('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()').getChild('b')?.get(0);
    // SAFETY: both builds' bindings extend DuckDBBindingsBase, whose `mod` is the Emscripten module;
    // the DuckDBBindings interface leaves it out. HEAPU8 is re-made over the memory whenever it grows.
    const mod = (this.db as unknown as { mod: { HEAPU8: Uint8Array } }).mod;
    return { wasmBytes: mod.HEAPU8.buffer.byteLength, duckdbBytes: Number(bytes ?? 0) };
  }

  /** Names of the tables and views in the database. */
  tables(): string[] {
    const t = this.query("SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY 1");
    return [...(t.getChild('table_name')?.toArray() ?? [])] as string[];
  }
}

function fileName(file: Blob): string {
  // SAFETY: File extends Blob with a name; Node's fs.openAsBlob gives a plain Blob without one.
  return (file as Partial<File>).name ?? 'file';
}
