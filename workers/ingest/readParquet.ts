import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** A Parquet file's header and its rows as text, one row group at a time. */
export interface ParquetRows {
  headers: string[];
  /** Rows in the whole file (the footer says). */
  numRows: number;
  /** The rows of each row group in turn: only one group's rows are in memory at a time. */
  groups(): AsyncGenerator<string[][]>;
}

/** What readParquet reads from: a File or Blob, or anything that gives byte ranges the same way. */
export interface ParquetSource {
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * Reads a Parquet file as a header row and rows of text, in the same shape as a CSV, so the same
 * sniffing, role proposal and import report apply (one code path for every format). hyparquet is
 * pure JavaScript, so it runs in the engine worker; hyparquet-compressors adds snappy, gzip,
 * brotli, zstd and lz4. The file is read in byte ranges (its footer, then each row group's column
 * chunks), never whole: a multi-GB Parquet file would not fit one ArrayBuffer, and the rows come a
 * row group at a time, since decoding a whole 5M-row file into rows of text at once took
 * gigabytes of the worker's JavaScript heap. DATE and TIMESTAMP values become ISO text, BigInt
 * and DECIMAL their exact digits, nested values JSON. Rejects when the bytes are not Parquet.
 */
export async function readParquet(source: ParquetSource): Promise<ParquetRows> {
  const bytes: AsyncBuffer = { byteLength: source.size, slice: (start, end) => source.slice(start, end ?? source.size).arrayBuffer() };
  const metadata = await parquetMetadataAsync(bytes);
  const headers = parquetSchema(metadata).children.map((c) => c.element.name);
  const sizes = metadata.row_groups.map((g) => Number(g.num_rows));
  return {
    headers,
    numRows: Number(metadata.num_rows),
    async *groups() {
      let start = 0;
      for (const size of sizes) {
        const end = start + size;
        let rows: string[][] = [];
        await parquetRead({
          file: bytes,
          metadata,
          compressors,
          rowStart: start,
          rowEnd: end,
          rowFormat: 'array',
          onComplete: (data: unknown[][]) => {
            rows = data.map((row) => row.map(cellText));
          },
        });
        start = end;
        yield rows;
      }
    },
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
  }
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === 'object') return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}
