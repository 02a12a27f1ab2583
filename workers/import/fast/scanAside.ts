import { scanCsvBytes, type CsvScan } from './scanCsvBytes';

/** Files from this size get a scan worker of their own (about 20 ms of scanning). */
const ASIDE_FROM_BYTES = 4 * 1024 * 1024;

/** How fastImport gets the whole-file scan (scanCsvBytes' answer for one piece: cuts [0, size]). */
export type ScanFile = (file: Blob, delimiter: string, width: number) => Promise<CsvScan | string>;

/**
 * scanCsvBytes on a throwaway worker of its own, so the scan (about 0.4 s for 70 MB) overlaps
 * DuckDB's read in the engine worker instead of preceding it. Where workers cannot be started
 * (Node: the tests and the headless door) or the worker fails, the scan runs here; its promise
 * then settles once the engine's synchronous work lets it, with the same answer.
 */
export const scanAside: ScanFile = (file, delimiter, width) => {
  const here = () => scanCsvBytes(file, delimiter, width);
  // FileReaderSync exists only inside a browser worker, where a nested module worker can start.
  // A small file scans in less time than a worker takes to start.
  if (typeof FileReaderSync === 'undefined' || typeof Worker === 'undefined' || file.size < ASIDE_FROM_BYTES) return here();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (e: MessageEvent<CsvScan | string | { thrown: string }>) => {
      worker.terminate();
      const answer = e.data;
      resolve(typeof answer === 'object' && 'thrown' in answer ? here() : answer);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.postMessage({ file, delimiter, width });
  });
};
