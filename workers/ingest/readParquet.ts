import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** A Parquet file's header and its rows as text, one row group at a time. */
export interface ParquetRows {
  headers: string[];
  /** Rows in the whole file (the footer says). */
  numRows: number;
  /** The rows of each row group in turn: only one group's rows are in memory at a time. */
  groups(): AsyncGenerator<string[][]>;
}

/**
 * Reads a Parquet file as a header row and rows of text, in the same shape as a CSV, so the same
 * sniffing, role proposal and import report apply (one code path for every format). hyparquet is
 * pure JavaScript and takes an ArrayBuffer, so it runs in the engine worker; hyparquet-compressors
 * adds snappy, gzip, brotli, zstd and lz4. The rows come a row group at a time: decoding a whole
 * 5M-row file into rows of text at once took gigabytes of the worker's JavaScript heap. DATE and
 * TIMESTAMP values become ISO text, BigInt and DECIMAL their exact digits, nested values JSON.
 * Throws when the bytes are not Parquet.
 */
export function readParquet(bytes: ArrayBuffer): ParquetRows {
  const metadata = parquetMetadata(bytes);
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
