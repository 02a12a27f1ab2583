import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/**
 * Reads a Parquet file as a header row and rows of text, in the same shape as a CSV, so the same
 * sniffing, role proposal and import report apply (one code path for every format). hyparquet is
 * pure JavaScript and takes an ArrayBuffer, so it runs in the engine worker; hyparquet-compressors
 * adds snappy, gzip, brotli, zstd and lz4. Row-oriented text costs memory on very large files (the
 * whole file is decoded at once); DATE and TIMESTAMP values become ISO text, BigInt and DECIMAL
 * become their exact digits, nested values JSON.
 */
export async function readParquet(bytes: ArrayBuffer): Promise<{ headers: string[]; rows: string[][] }> {
  const metadata = parquetMetadata(bytes);
  const headers = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows: string[][] = [];
  await parquetRead({
    file: bytes,
    metadata,
    compressors,
    rowFormat: 'array',
    onComplete: (data: unknown[][]) => {
      for (const row of data) rows.push(row.map(cellText));
    },
  });
  return { headers, rows };
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
