import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { connect } from './connect';

/**
 * DuckDB-WASM's synchronous Node build: the same wasm and SQL as the browser, used by tests,
 * the headless door (`npm run analyze`) and the benchmark's reference runs.
 */
export async function openNodeDuckDB(): Promise<{ db: duckdb.DuckDBBindings; conn: duckdb.DuckDBConnection }> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const eh = { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
  // Only the eh build is shipped; it serves the mvp slot too (DESIGN.md).
  const db = await duckdb.createDuckDB({ mvp: eh, eh }, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  return { db, conn: connect(db) };
}
