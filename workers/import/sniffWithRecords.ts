import { sniff } from '../ingest/sniff';
import type { ImportOptions, SniffResult } from '../ingest/types';
import { readBytes } from './readBytes';
import { readRecords, type TableFile } from './readRecords';

/** Bytes the sniffer looks at in a text file: enough rows to judge types, small enough to be instant. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Sniff a file. Text is judged from its first SNIFF_BYTES and streamed later (`table` null);
 * Excel and Parquet come back with their records (readRecords), which the import reads on
 * instead of opening the file a second time.
 */
export async function sniffWithRecords(file: Blob, options: ImportOptions, name: string): Promise<{ sniff: SniffResult; table: TableFile | null }> {
  const first = sniff(await readBytes(file, 0, SNIFF_BYTES), options, name);
  if (first.refused || (first.format !== 'xlsx' && first.format !== 'parquet')) return { sniff: first, table: null };
  try {
    const table = await readRecords(file, first.format, options);
    return { sniff: table.sniff, table };
  } catch (e) {
    const what = first.format === 'xlsx' ? 'an Excel workbook' : 'a Parquet file';
    return { sniff: { ...first, refused: `cannot read ${name} as ${what}: ${e instanceof Error ? e.message : String(e)}` }, table: null };
  }
}
