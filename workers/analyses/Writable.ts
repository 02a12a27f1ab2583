import type { Queryable } from './Queryable';

/** A Queryable that can also create a table from Arrow IPC bytes (for per-customer model output). */
export interface Writable extends Queryable {
  insertIPC(bytes: Uint8Array, table: string): void;
}
