import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableToIPC, type Table } from 'apache-arrow';
import type { ImportOptions, SniffResult } from './ingest/types';
import type { EngineInfo, ImportProgress, ImportReport } from './protocol';
import { importInto } from './import/importInto';
import { sniffFile } from './import/sniffFile';

type Opened = { db: duckdb.DuckDBBindings; conn: duckdb.DuckDBConnection };

/**
 * The engine: DuckDB plus our ingest and analyses, with no messaging code, so tests and the
 * headless door call it directly in Node and the worker entry only wires it to comlink.
 */
export class Engine {
  private cancelled = false;

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
    this.cancelled = false;
    return importInto(this, file, options, { table, onProgress, isCancelled: () => this.cancelled, name: fileName(file) });
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

  /** Run a query and return Arrow IPC stream bytes, ready to transfer to the page. */
  queryIPC(sql: string): Uint8Array {
    return tableToIPC(this.conn.query(sql), 'stream');
  }

  /** Names of the tables and views in the database. */
  tables(): string[] {
    const t = this.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1");
    return [...(t.getChild('table_name')?.toArray() ?? [])] as string[];
  }
}

function fileName(file: Blob): string {
  // SAFETY: File extends Blob with a name; Node's fs.openAsBlob gives a plain Blob without one.
  return (file as Partial<File>).name ?? 'file';
}
