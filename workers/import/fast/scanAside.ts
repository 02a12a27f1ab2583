import { scanCsvBytes, type CsvScan } from './scanCsvBytes';

/** Files from this size get a scan worker of their own (about 20 ms of scanning). */
const ASIDE_FROM_BYTES = 4 * 1024 * 1024;

/**
 * How fastImport gets the whole-file scan (scanCsvBytes' answer for one piece: cuts [0, size]):
 * resolves once the scan is under way, with its answer to come in `result`.
 */
export type ScanFile = (file: Blob, delimiter: string, width: number) => Promise<{ result: Promise<CsvScan | string> }>;

/**
 * scanCsvBytes on a throwaway worker of its own, so the scan (about 0.4 s for 70 MB) overlaps
 * DuckDB's read in the engine worker instead of preceding it. Where workers cannot be started
 * (Node: the tests and the headless door) or the worker fails, the scan runs here; its promise
 * then settles once the engine's synchronous work lets it, with the same answer.
 */
export const scanAside: ScanFile = async (file, delimiter, width) => {
  const here = () => scanCsvBytes(file, delimiter, width);
  const aside = scanOnWorker(file, delimiter, width, here);
  if (!aside) return { result: here() };
  // The worker loads through this thread's event loop: wait for it before DuckDB blocks the loop.
  await aside.ready;
  return { result: aside.result };
};

function scanOnWorker(file: Blob, delimiter: string, width: number, here: () => Promise<CsvScan | string>):
  { ready: Promise<void>; result: Promise<CsvScan | string> } | null {
  // FileReaderSync exists only inside a browser worker, where a nested module worker can start.
  // A small file scans in less time than a worker takes to start.
  if (typeof FileReaderSync === 'undefined' || typeof Worker === 'undefined' || file.size < ASIDE_FROM_BYTES) return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let started!: () => void;
  const ready = new Promise<void>((r) => (started = r));
  // Never hold the import back for long: past this the scan still answers, only later.
  setTimeout(() => started(), 2000);
  const result = new Promise<CsvScan | string>((resolve) => {
    worker.onmessage = (e: MessageEvent<'ready' | CsvScan | string | { thrown: string }>) => {
      const answer = e.data;
      if (answer === 'ready') {
        worker.postMessage({ file, delimiter, width });
        started();
        return;
      }
      worker.terminate();
      resolve(typeof answer === 'object' && 'thrown' in answer ? here() : answer);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      started();
      resolve(here());
    };
  });
  return { ready, result };
}
