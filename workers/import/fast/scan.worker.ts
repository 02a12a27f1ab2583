import { scanCsvBytes } from './scanCsvBytes';

/**
 * The byte scan on its own thread (scanAside): it runs on the second core while DuckDB reads the
 * same file in the engine worker. Says 'ready' once loaded (its start needs the engine worker's
 * event loop, which DuckDB's read then blocks), then answers the scan's result, or `{ thrown }`.
 */
self.onmessage = async (e: MessageEvent<{ file: Blob; delimiter: string; width: number }>) => {
  const { file, delimiter, width } = e.data;
  try {
    self.postMessage(await scanCsvBytes(file, delimiter, width));
  } catch (err) {
    self.postMessage({ thrown: err instanceof Error ? err.message : String(err) });
  }
};
self.postMessage('ready');
