import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CONNECTION_SETUP } from '../connect';
import { quoteIdent } from '../../import/quoteIdent';
import { quoteLiteral } from '../../import/quoteLiteral';
import { appendArrow } from './appendArrow';
import { duckTypeOf } from './duckTypeOf';
import { resultToArrow } from './resultToArrow';

/** How to open native DuckDB for the headless door. */
export interface NativeOptions {
  /** Worker threads; the door passes os.cpus().length. */
  threads: number;
  /** Where DuckDB spills what does not fit in memory (sorts, joins, aggregates, big tables). */
  tempDirectory: string;
  /** Where registered files are put; relative paths in SQL are looked up here. */
  filesDirectory: string;
  /** A database file to keep the tables in; default an in-memory database. */
  database?: string;
}

/**
 * Native DuckDB (@duckdb/node-api) behind the same operations the wasm engine offers: run SQL,
 * read a result as Arrow IPC bytes (typed as DuckDB-WASM types them), append Arrow rows to a
 * table. Asynchronous: it runs in the worker thread behind NativeDuckDB's synchronous calls.
 */
export class NativeSession {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  static async open(opts: NativeOptions): Promise<NativeSession> {
    const instance = await DuckDBInstance.create(opts.database ?? ':memory:', {
      threads: String(opts.threads),
      temp_directory: opts.tempDirectory,
      // No extension is fetched from the network, as in the browser (workers/db/connect.ts).
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    const conn = await instance.connect();
    for (const sql of CONNECTION_SETUP) await conn.run(sql);
    await conn.run(`SET file_search_path = ${quoteLiteral(opts.filesDirectory)}`);
    if (!opts.database) {
      // As DuckDB-WASM (connect.ts): compressed in-memory tables hold about 6x more rows before spilling.
      await conn.run("ATTACH ':memory:' AS segbook (COMPRESS)");
      await conn.run('USE segbook');
    }
    return new NativeSession(instance, conn);
  }

  /** Run statements for their effect. */
  async exec(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  /** Run a query; its result as an Arrow IPC stream. */
  async query(sql: string): Promise<Uint8Array> {
    return tableToIPC(resultToArrow(await this.conn.run(sql)), 'stream');
  }

  /** Append Arrow IPC rows to `table`, creating it from the Arrow schema first when `create`. */
  async append(table: string, ipc: Uint8Array, create: boolean): Promise<void> {
    const rows = tableFromIPC(ipc);
    if (create) {
      const cols = rows.schema.fields.map((f) => `${quoteIdent(f.name)} ${duckTypeOf(f.name, f.type).toString()}`);
      await this.conn.run(`CREATE TABLE ${quoteIdent(table)} (${cols.join(', ')})`);
    }
    // The appender looks tables up in the default catalog unless told; ours is the one in USE.
    const catalog = (await this.conn.runAndReadAll('SELECT current_database() AS c')).getColumns()[0]![0];
    const appender = await this.conn.createAppender(table, null, String(catalog));
    try {
      appendArrow(appender, rows);
    } finally {
      appender.closeSync();
    }
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
