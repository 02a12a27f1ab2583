import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalyzeRequest } from '../../analyses/AnalyzeRequest';
import { runAll } from '../../analyses/runAll';
import type { Engine } from '../../engine';
import { importInto } from '../../import/importInto';
import type { ImportOptions } from '../../ingest/types';
import type { ImportProgress, ImportReport } from '../../protocol';
import { NativeDuckDB } from './NativeDuckDB';
import { NativeFiles } from './NativeFiles';

/**
 * The engine's import and analyses on native DuckDB: the same TypeScript (importInto with its
 * fast path, runAll with every runner) over a synchronous bridge to @duckdb/node-api, with all
 * cores and a spill directory. For files too big for a browser tab (`--engine native`).
 */
export class NativeEngine {
  /** DuckDB-WASM's file registration, on disk (what the import's fast path calls). */
  readonly db: NativeFiles;
  /** DuckDB-WASM's Arrow insert, by appender (what the import's TypeScript path calls). */
  readonly conn: Pick<duckdb.DuckDBConnection, 'insertArrowFromIPCStream'>;

  private constructor(
    private readonly native: NativeDuckDB,
    private readonly scratch: string,
  ) {
    this.db = new NativeFiles(path.join(scratch, 'files'));
    this.conn = {
      insertArrowFromIPCStream: (bytes, options) => native.append(options?.name ?? '', bytes, options?.create ?? false),
    };
  }

  /**
   * Open native DuckDB with every core and a spill directory, both in a fresh directory under
   * the system's temporary directory that close() removes. `database`: keep the tables in
   * this DuckDB file (default: in memory).
   */
  static async open(opts: { database?: string; threads?: number } = {}): Promise<NativeEngine> {
    const scratch = mkdtempSync(path.join(tmpdir(), 'segbook-native-'));
    try {
      mkdirSync(path.join(scratch, 'files'));
      const native = await NativeDuckDB.open({
        threads: opts.threads ?? cpus().length,
        tempDirectory: path.join(scratch, 'spill'),
        filesDirectory: path.join(scratch, 'files'),
        database: opts.database,
      });
      return new NativeEngine(native, scratch);
    } catch (e) {
      rmSync(scratch, { recursive: true, force: true });
      throw e;
    }
  }

  /**
   * Import a file into `transactions` with the engine's own import: same sniff, same fast path
   * (DuckDB's read_csv over the file in 64 MB pieces, each written to the spill directory by
   * NativeFiles), same report.
   */
  importFile(file: Blob, options: ImportOptions = {}, onProgress?: (p: ImportProgress) => void, filePath?: string): Promise<ImportReport> {
    // SAFETY: a File has a name; Node's fs.openAsBlob gives a plain Blob without one.
    const name = (file as Partial<File>).name ?? (filePath ? path.basename(filePath) : 'file');
    const ctx = { table: 'transactions', name, onProgress, isCancelled: () => false };
    // SAFETY: importInto uses exec, query, conn.insertArrowFromIPCStream and the db file calls
    // (registerFileBuffer, registerFileURL, dropFile), which this class provides; test/workers/db/native checks the import end to end.
    return importInto(this as unknown as Engine, file, options, ctx);
  }

  exec(sql: string): void {
    this.native.exec(sql);
  }

  query(sql: string): Table {
    return this.native.query(sql);
  }

  /** Create (or replace) `table` from Arrow IPC stream bytes. */
  insertIPC(bytes: Uint8Array, table: string): void {
    this.exec(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
    this.native.append(table, bytes, true);
  }

  /** Run CONTRACT.md analyses over `transactions`. */
  analyze(req: AnalyzeRequest): Record<string, unknown> {
    return runAll(this, req);
  }

  /** Names of the tables and views in the database. */
  tables(): string[] {
    const t = this.query("SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY 1");
    // SAFETY: table_name is VARCHAR, so the column holds strings.
    return [...(t.getChild('table_name')?.toArray() ?? [])] as string[];
  }

  /** Close DuckDB, stop its thread and remove the spill and file directory. */
  async close(): Promise<void> {
    try {
      await this.native.close();
    } finally {
      rmSync(this.scratch, { recursive: true, force: true });
    }
  }
}
