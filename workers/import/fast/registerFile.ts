import type * as duckdb from '@duckdb/duckdb-wasm/blocking';

/** Makes `file` readable by DuckDB's file functions under `name` (undone with `db.dropFile(name)`). */
export type RegisterFile = (db: duckdb.DuckDBBindings, name: string, file: Blob) => Promise<void>;

// duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, spelled out so this module needs no runtime import
// of duckdb-wasm (the browser and Node builds are different modules; only their types are shared).
const BROWSER_FILEREADER = 2;
const MAX_BUFFER = 512 * 1024 * 1024;

/**
 * Registers a piece too big to copy (fastImport copies the usual pieces itself: piecesAhead). In
 * a worker (where FileReaderSync exists) DuckDB reads the File lazily through a file handle:
 * nothing is copied into wasm memory, so any size works. Node's DuckDB-WASM runtime has no
 * file-handle protocol, so there the bytes are registered as a buffer, up to MAX_BUFFER.
 */
export const registerFile: RegisterFile = async (db, name, file) => {
  if (typeof FileReaderSync !== 'undefined') {
    db.registerFileHandle(name, file, BROWSER_FILEREADER, true);
    return;
  }
  // A copy in wasm memory next to the table it fills: fastImport's pieces are far below this; a
  // bigger one would risk running the 4 GB heap out, so the import takes the TypeScript path.
  if (file.size > MAX_BUFFER) throw new Error(`a ${file.size}-byte file is not copied into DuckDB; register it by path instead`);
  db.registerFileBuffer(name, new Uint8Array(await file.arrayBuffer()));
};
