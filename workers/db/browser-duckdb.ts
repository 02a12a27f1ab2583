// The synchronous browser build is not in duckdb-wasm's export map; vite.config.ts aliases it.
import * as duckdb from '@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs';
import { connect } from './connect';

/** How long the wasm may take to download and compile before start-up is declared failed. */
const START_TIMEOUT_MS = 60_000;

/**
 * Open DuckDB-WASM inside this worker. The wasm is fetched from our own origin once and handed
 * to DuckDB as a `blob:` URL of type application/wasm: static hosts that send `.wasm` with a
 * wrong MIME type make `WebAssembly.instantiateStreaming` reject inside duckdb-wasm, where
 * nothing catches it and start-up would hang (DESIGN.md).
 */
export async function openBrowserDuckDB(wasmUrl: string): Promise<{ db: duckdb.DuckDBBindings; conn: duckdb.DuckDBConnection }> {
  const started = (async () => {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`cannot load the database engine: ${response.status} for ${wasmUrl}`);
    const blob = new Blob([await response.arrayBuffer()], { type: 'application/wasm' });
    const blobUrl = URL.createObjectURL(blob);
    const eh = { mainModule: blobUrl, mainWorker: '' };
    const db = await duckdb.createDuckDB({ mvp: eh, eh }, new duckdb.VoidLogger(), duckdb.BROWSER_RUNTIME);
    await db.instantiate();
    URL.revokeObjectURL(blobUrl);
    return { db, conn: connect(db) };
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database engine did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([started, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
