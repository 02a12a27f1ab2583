import type { ImportOptions, SniffResult } from '../ingest/types';
import { sniffWithRecords } from './sniffWithRecords';

/** Sniff a file for the mapping panel: encoding, dialect, header, proposed roles, preview. */
export async function sniffFile(file: Blob, options: ImportOptions, name: string): Promise<SniffResult> {
  return (await sniffWithRecords(file, options, name)).sniff;
}
