import { sniff } from '../ingest/sniff';
import type { ImportOptions, SniffResult } from '../ingest/types';
import { readBytes } from './readBytes';
import { readRecords } from './readRecords';

/** Bytes the sniffer looks at: enough rows to judge types, small enough to be instant. */
export const SNIFF_BYTES = 64 * 1024;

/** Sniff a file: text from its first SNIFF_BYTES; Excel and Parquet by reading the table. */
export async function sniffFile(file: Blob, options: ImportOptions, name: string): Promise<SniffResult> {
  const head = await readBytes(file, 0, SNIFF_BYTES);
  const first = sniff(head, options, name);
  if (first.refused || (first.format !== 'xlsx' && first.format !== 'parquet')) return first;
  try {
    return (await readRecords(file, first.format, options)).sniff;
  } catch (e) {
    return { ...first, refused: `cannot read ${name} as ${first.format === 'xlsx' ? 'an Excel workbook' : 'a Parquet file'}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
