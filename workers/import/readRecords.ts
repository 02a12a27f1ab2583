import { readParquet } from '../ingest/readParquet';
import { readXlsx } from '../ingest/readXlsx';
import { sniffRows } from '../ingest/sniffRows';
import type { CsvRecord, ImportOptions, SniffResult } from '../ingest/types';

/** Excel and Parquet files as records (line = row number, header = 1) and their sniff. */
export interface TableFile {
  records: CsvRecord[];
  sniff: SniffResult;
}

/**
 * Read a whole .xlsx sheet or Parquet file into records with the same shape the CSV tokenizer
 * gives, so the same sniffing and import apply. Both formats are read into memory at once:
 * neither can be streamed row by row from the start of the file.
 */
export async function readRecords(file: Blob, format: 'xlsx' | 'parquet', options: ImportOptions): Promise<TableFile> {
  const buffer = await file.arrayBuffer();
  if (format === 'xlsx') {
    const { sheets, rows } = await readXlsx(new Uint8Array(buffer), options.sheet);
    const records = rows.map((fields, i) => ({ fields, line: i + 1 }));
    const sniff = sniffRows(records, options, { format, encoding: 'xlsx', encodingConfidence: 'certain', delimiter: '', sheets }, true);
    return { records, sniff };
  }
  const { headers, rows } = await readParquet(buffer);
  const records = [{ fields: headers, line: 1 }, ...rows.map((fields, i) => ({ fields, line: i + 2 }))];
  const sniff = sniffRows(records, options, { format, encoding: 'parquet', encodingConfidence: 'certain', delimiter: '', hasHeader: true }, true);
  return { records, sniff };
}
