/**
 * The notebook kept in this browser (IndexedDB), as its file text (serializeNotebook), so a
 * reload opens it again. One record: the notebook being worked on.
 */
const DB = 'segbook-notebook';
const STORE = 'notebooks';
const KEY = 'current';

function open(): Promise<IDBDatabase | null> {
  if (!globalThis.indexedDB) return Promise.resolve(null);
  return new Promise((resolve) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    // Private windows of some browsers have no IndexedDB: the notebook then lives for the tab only.
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

function request<T>(db: IDBDatabase, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = run(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result as T);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The saved notebook text, or null on a first visit (or without IndexedDB). */
export async function loadStoredNotebook(): Promise<string | null> {
  const db = await open();
  if (!db) return null;
  try {
    const v = await request<unknown>(db, 'readonly', (s) => s.get(KEY));
    return typeof v === 'string' ? v : null;
  } finally {
    db.close();
  }
}

/** Save the notebook text; false when this browser cannot keep it. */
export async function storeNotebook(text: string): Promise<boolean> {
  const db = await open();
  if (!db) return false;
  try {
    await request(db, 'readwrite', (s) => s.put(text, KEY));
    return true;
  } finally {
    db.close();
  }
}
