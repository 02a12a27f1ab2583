import { readParquet } from '../ingest/readParquet';
import { readXlsx } from '../ingest/readXlsx';
import { sniffRows } from '../ingest/sniffRows';
import type { CsvRecord, ImportOptions, SniffResult } from '../ingest/types';

/** Excel and Parquet files as batches of records (line = row number, header = 1) and their sniff. */
export interface TableFile {
  /** The records in batches, header first; read them once. */
  records: AsyncIterable<CsvRecord[]>;
  /** Data rows in the file (for progress). */
  rows: number;
  sniff: SniffResult;
}

/** Data rows of a Parquet file the sniff looks at: as many as a text file's 64 KB hold, and more. */
const SNIFF_ROWS = 10_000;

/**
 * Read an .xlsx sheet or a Parquet file into records with the same shape the CSV tokenizer gives,
 * so the same sniffing and import apply. A workbook is read whole (its XML cannot be streamed,
 * and a sheet holds at most 1,048,576 rows); a Parquet file is read in byte ranges and its rows
 * come a row group at a time, and the sniff reads the first group only.
 */
export async function readRecords(file: Blob, format: 'xlsx' | 'parquet', options: ImportOptions): Promise<TableFile> {
  if (format === 'xlsx') {
    const { sheets, rows } = await readXlsx(new Uint8Array(await file.arrayBuffer()), options.sheet);
    const all = rows.map((fields, i) => ({ fields, line: i + 1 }));
    const sniff = sniffRows(all, options, { format, encoding: 'xlsx', encodingConfidence: 'certain', delimiter: '', sheets }, true);
    return { records: once(all), rows: Math.max(0, all.length - 1), sniff };
  }
  const parquet = await readParquet(file);
  const header: CsvRecord = { fields: parquet.headers, line: 1 };
  const groups = parquet.groups();
  const first = await groups.next();
  const head = first.done ? [] : first.value;
  const sample = [header, ...head.slice(0, SNIFF_ROWS).map((fields, i) => ({ fields, line: i + 2 }))];
  const complete = sample.length - 1 >= parquet.numRows;
  const sniff = sniffRows(sample, options, { format, encoding: 'parquet', encodingConfidence: 'certain', delimiter: '', hasHeader: true }, complete);
  async function* records(): AsyncGenerator<CsvRecord[]> {
    let line = 2;
    const numbered = (rows: string[][]) => rows.map((fields) => ({ fields, line: line++ }));
    yield [header, ...numbered(head)];
    for await (const rows of groups) yield numbered(rows);
  }
  return { records: records(), rows: parquet.numRows, sniff };
}

async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}
