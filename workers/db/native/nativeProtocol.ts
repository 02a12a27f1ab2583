import type { NativeOptions } from './NativeSession';

/** A request from NativeDuckDB to its worker thread. */
export type NativeRequest =
  | { op: 'open'; options: NativeOptions }
  | { op: 'exec'; sql: string }
  | { op: 'query'; sql: string }
  | { op: 'append'; table: string; ipc: Uint8Array; create: boolean }
  | { op: 'close' };

/** The worker's answer: a query's Arrow IPC bytes, or the error's message. */
export type NativeReply = { ok: true; ipc?: Uint8Array } | { ok: false; message: string };
