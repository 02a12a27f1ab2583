import type { RegisterFile } from './registerFile';

// duckdb.DuckDBDataProtocol.NODE_FS (see registerFile.ts for why it is spelled out).
const NODE_FS = 1;

/**
 * A registration for Node (the headless door, the benchmark) when the file is on disk at `path`:
 * DuckDB-WASM's Node runtime then reads it with fs calls instead of a copy in wasm memory. The
 * runtime opens the path read-write (O_RDWR | O_CREAT), so a read-only file fails to register
 * and the import falls back to the TypeScript path.
 */
export function registerNodePath(path: string): RegisterFile {
  return async (db, name) => {
    db.registerFileURL(name, path, NODE_FS, false);
  };
}
