import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The three file calls the import makes on DuckDB-WASM's bindings (registerFileBuffer,
 * registerFileURL, dropFile), done on disk for native DuckDB: a registered name becomes a file
 * (or a link to the real path) in one directory, which native DuckDB searches for relative
 * paths (file_search_path), so the import's SQL reads `'__fast_x.csv'` on either engine.
 */
export class NativeFiles {
  constructor(private readonly dir: string) {}

  registerFileBuffer(name: string, bytes: Uint8Array): void {
    writeFileSync(this.place(name), bytes);
  }

  /** `url` is a path on disk (DuckDB-WASM's NODE_FS protocol); linked, not copied. */
  registerFileURL(name: string, url: string, _protocol: number, _directIO: boolean): void {
    const at = this.place(name);
    rmSync(at, { force: true });
    symlinkSync(path.resolve(url), at);
  }

  dropFile(name: string): void {
    rmSync(this.place(name), { force: true });
  }

  private place(name: string): string {
    if (name !== path.basename(name)) throw new Error(`native engine: cannot register ${name} (a plain file name is expected)`);
    return path.join(this.dir, name);
  }
}
