/**
 * The imported data kept on this device (OPFS, the browser's origin-private file system), so a
 * reload or a crashed tab restores it without dropping the file again. Stored as Arrow IPC next
 * to the import report. Nothing here ever leaves the device; `forget()` removes it.
 */
const DIR = 'segbook-data';

export interface StoredData {
  ipc: Uint8Array;
  meta: StoredMeta;
}

/** What is saved beside the rows: the import report and where the data came from. */
export interface StoredMeta {
  version: 1;
  savedAt: string;
  sample: string | null;
  report: unknown;
}

async function dir(create: boolean): Promise<FileSystemDirectoryHandle | null> {
  if (!globalThis.navigator?.storage?.getDirectory) return null;
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(DIR, { create });
  } catch {
    // No OPFS (private windows in some browsers) or nothing saved yet: the app works without it.
    return null;
  }
}

async function write(d: FileSystemDirectoryHandle, name: string, data: Blob | string): Promise<void> {
  const handle = await d.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  await w.write(data);
  await w.close();
}

/** Save the table bytes and their meta; false when this browser has no OPFS. */
export async function saveData(ipc: Blob, meta: Omit<StoredMeta, 'version' | 'savedAt'>): Promise<boolean> {
  const d = await dir(true);
  if (!d) return false;
  // Meta last: a crash between the two writes leaves no meta, so a half-written table is never restored.
  await d.removeEntry('meta.json').catch(() => undefined);
  await write(d, 'transactions.arrow', ipc);
  await write(d, 'meta.json', JSON.stringify({ version: 1, savedAt: new Date().toISOString(), ...meta }));
  return true;
}

/** The saved data, or null when there is none (or it is unreadable). */
export async function loadData(): Promise<StoredData | null> {
  const d = await dir(false);
  if (!d) return null;
  try {
    const meta = JSON.parse(await (await (await d.getFileHandle('meta.json')).getFile()).text()) as StoredMeta;
    if (meta.version !== 1) return null;
    const ipc = new Uint8Array(await (await (await d.getFileHandle('transactions.arrow')).getFile()).arrayBuffer());
    return { ipc, meta };
  } catch {
    return null;
  }
}

/** Remove everything saved on this device. */
export async function forgetData(): Promise<void> {
  if (!globalThis.navigator?.storage?.getDirectory) return;
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(DIR, { recursive: true }).catch(() => undefined);
}
