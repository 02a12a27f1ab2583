import { sniff } from '../ingest/sniff';
import type { CsvRecord, ImportOptions, SniffResult } from '../ingest/types';
import { readBytes } from './readBytes';
import { readRecords } from './readRecords';

/** Bytes the sniffer looks at in a text file: enough rows to judge types, small enough to be instant. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Sniff a file. Text is judged from its first SNIFF_BYTES and streamed later (`records` null);
 * Excel and Parquet can only be read whole, so their records come back with the sniff and the
 * import uses them instead of reading the file a second time.
 */
export async function sniffWithRecords(file: Blob, options: ImportOptions, name: string): Promise<{ sniff: SniffResult; records: CsvRecord[] | null }> {
  const first = sniff(await readBytes(file, 0, SNIFF_BYTES), options, name);
  if (first.refused || (first.format !== 'xlsx' && first.format !== 'parquet')) return { sniff: first, records: null };
  try {
    return await readRecords(file, first.format, options);
  } catch (e) {
    const what = first.format === 'xlsx' ? 'an Excel workbook' : 'a Parquet file';
    return { sniff: { ...first, refused: `cannot read ${name} as ${what}: ${e instanceof Error ? e.message : String(e)}` }, records: null };
  }
}
