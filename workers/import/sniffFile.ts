import { sniff } from '../ingest/sniff';
import type { ImportOptions, SniffResult } from '../ingest/types';
import { readBytes } from './readBytes';

/** Bytes the sniffer looks at: enough rows to judge types, small enough to be instant. */
export const SNIFF_BYTES = 64 * 1024;

/** Sniff a file from its first SNIFF_BYTES. */
export async function sniffFile(file: Blob, options: ImportOptions, name: string): Promise<SniffResult> {
  const head = await readBytes(file, 0, SNIFF_BYTES);
  return sniff(head, options, name);
}
