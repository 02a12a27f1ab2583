// The worker thread behind NativeDuckDB: one NativeSession, one request at a time. Each reply is
// posted on the reply port and then signalled on the shared flag, which the main thread waits
// on with Atomics.wait (it is blocked, so it cannot take a message event).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { NativeSession } from './NativeSession';
import type { NativeReply, NativeRequest } from './nativeProtocol';

// SAFETY: NativeDuckDB starts this worker with exactly this workerData.
const { flag, port } = workerData as { flag: Int32Array; port: MessagePort };
let session: NativeSession | null = null;

function reply(message: NativeReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

async function handle(req: NativeRequest): Promise<Extract<NativeReply, { ok: true }>> {
  if (req.op === 'open') {
    session = await NativeSession.open(req.options);
    return { ok: true };
  }
  if (!session) throw new Error('native engine: not open');
  switch (req.op) {
    case 'exec': await session.exec(req.sql); return { ok: true };
    case 'query': return { ok: true, ipc: await session.query(req.sql) };
    case 'append': await session.append(req.table, req.ipc, req.create); return { ok: true };
    case 'close': session.close(); session = null; return { ok: true };
  }
}

parentPort!.on('message', (req: NativeRequest) => {
  handle(req).then(
    // SAFETY: tableToIPC's bytes live in an ArrayBuffer (never a SharedArrayBuffer), which can be transferred.
    (r) => reply(r, r.ipc ? [r.ipc.buffer as ArrayBuffer] : []),
    (e: unknown) => reply({ ok: false, message: e instanceof Error ? e.message : String(e) }),
  );
});
// Loaded: NativeDuckDB.open waits for this before it makes any blocking call.
parentPort!.postMessage('ready');
