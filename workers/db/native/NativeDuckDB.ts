import { tableFromIPC, type Table } from 'apache-arrow';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { NativeOptions } from './NativeSession';
import type { NativeReply, NativeRequest } from './nativeProtocol';

/** How long one statement may run before the door gives up on the worker (a day: big files are slow, hangs are not). */
const STATEMENT_TIMEOUT_MS = 24 * 3600_000;

/**
 * Native DuckDB with the synchronous interface the analysis runners and the import expect
 * (Queryable: `query(sql)` returns an Arrow table). @duckdb/node-api only has asynchronous calls,
 * so it runs in a worker thread (nativeWorker.ts) and each call here posts the request, blocks
 * on Atomics.wait until the worker flags its reply, and takes the reply with
 * receiveMessageOnPort. Blocking is what a synchronous caller needs anyway, and the runners,
 * the import and the scoring stay exactly the code the browser runs.
 */
export class NativeDuckDB {
  private constructor(
    private readonly worker: Worker,
    private readonly flag: Int32Array,
    private readonly port: MessagePort,
  ) {}

  /** Start the worker thread and open DuckDB in it. */
  static async open(options: NativeOptions): Promise<NativeDuckDB> {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const url = new URL('./nativeWorker.mjs', import.meta.url);
    // A plain-JS entry that loads nativeWorker.ts through tsx, whether or not the caller runs under tsx.
    const worker = new Worker(url, { workerData: { flag, port: port2 }, transferList: [port2] });
    // Loading is awaited as events, so a worker that fails to load is an error here and not a
    // wait forever in call(); after that a call blocks only on DuckDB.
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`native engine: the worker stopped while loading (exit code ${code})`)));
    });
    worker.removeAllListeners();
    // The worker must not keep the process alive once the door is done.
    worker.unref();
    const db = new NativeDuckDB(worker, flag, port1);
    db.call({ op: 'open', options });
    return db;
  }

  /** Run statements for their effect. */
  exec(sql: string): void {
    this.call({ op: 'exec', sql });
  }

  /** Run a query and return its result as Arrow (typed as DuckDB-WASM types it). */
  query(sql: string): Table {
    const { ipc } = this.call({ op: 'query', sql });
    if (!ipc) throw new Error('native engine: the query returned no result');
    return tableFromIPC(ipc);
  }

  /** Append Arrow IPC stream rows to `table` (created from their schema when `create`). */
  append(table: string, ipc: Uint8Array, create: boolean): void {
    this.call({ op: 'append', table, ipc, create });
  }

  /** Close DuckDB and stop the worker. */
  async close(): Promise<void> {
    this.call({ op: 'close' });
    await this.worker.terminate();
  }

  private call(req: NativeRequest): Extract<NativeReply, { ok: true }> {
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage(req);
    if (Atomics.wait(this.flag, 0, 0, STATEMENT_TIMEOUT_MS) === 'timed-out') throw new Error(`native engine: no answer within ${STATEMENT_TIMEOUT_MS / 3600_000} h`);
    const got = receiveMessageOnPort(this.port);
    if (!got) throw new Error('native engine: the worker flagged a reply but sent none');
    // SAFETY: the worker posts only NativeReply objects on this port.
    const reply = got.message as NativeReply;
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  }
}
