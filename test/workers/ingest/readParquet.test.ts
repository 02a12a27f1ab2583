import { describe, expect, it } from 'vitest';
import { readParquet } from '../../../workers/ingest/readParquet';
import { sniff } from '../../../workers/ingest/sniff';
import { makeParquet } from './fixtures/makeParquet';
import { writeParquet } from '../../helpers/writeParquet';

// A hand-written file (PLAIN pages, a Thrift footer) for exact types, and native DuckDB's writer
// (test/helpers/writeParquet) for a real file with several row groups.
const file = makeParquet([
  { name: 'customer_id', type: 'string', values: ['00123', 'C2', '客户3'] },
  { name: 'order_date', type: 'date', values: [19727, 19728, 19729] },
  { name: 'amount', type: 'double', values: [19.99, 5, -2.5] },
  { name: 'order_no', type: 'int64', values: [1n, 2n, 12345678901234567n] },
]);

async function all(groups: AsyncGenerator<string[][]>): Promise<string[][][]> {
  const out: string[][][] = [];
  for await (const g of groups) out.push(g);
  return out;
}

describe('readParquet', () => {
  it('readParquet() reads headers and rows as text: strings, DATE as ISO, doubles, exact INT64', async () => {
    expect(sniff(file).format).toBe('parquet');
    const parquet = await readParquet(new Blob([file.slice()]));
    expect(parquet.headers).toEqual(['customer_id', 'order_date', 'amount', 'order_no']);
    expect(parquet.numRows).toBe(3);
    expect(await all(parquet.groups())).toEqual([
      [
        ['00123', '2024-01-05', '19.99', '1'],
        ['C2', '2024-01-06', '5', '2'],
        ['客户3', '2024-01-07', '-2.5', '12345678901234567'],
      ],
    ]);
  });

  it('readParquet() gives a real writer\'s row groups one at a time, every row once and in order', async () => {
    const bytes = await writeParquet("SELECT 'C' || (i % 97) AS customer_id, DATE '2024-01-01' + (i % 300)::INTEGER AS order_date, i / 4 AS amount FROM range(10000) t(i)", 2048);
    const parquet = await readParquet(new Blob([bytes]));
    expect(parquet.numRows).toBe(10_000);
    const groups = await all(parquet.groups());
    expect(groups.length).toBeGreaterThan(2);
    const rows = groups.flat();
    expect(rows.length).toBe(10_000);
    expect(rows[0]).toEqual(['C0', '2024-01-01', '0']);
    const iso = (i: number) => new Date(Date.UTC(2024, 0, 1 + (i % 300))).toISOString().slice(0, 10);
    rows.forEach((r, i) => expect(r).toEqual([`C${i % 97}`, iso(i), String(i / 4)]));
  });

  it('readParquet() reads the file in byte ranges, never the whole file at once', async () => {
    // Random amounts: a file a few MB big, larger than the footer's first fetch (512 KB).
    const bytes = await writeParquet("SELECT 'C' || (i % 997) AS customer_id, DATE '2024-01-01' + (i % 300)::INTEGER AS order_date, hash(i) % 100000 / 100 AS amount FROM range(400000) t(i)", 50_000);
    const blob = new Blob([bytes]);
    const reads: number[] = [];
    const source = { size: blob.size, slice: (start: number, end: number) => (reads.push(end - start), blob.slice(start, end)) };
    const parquet = await readParquet(source);
    expect(blob.size).toBeGreaterThan(2 * 512 * 1024);
    const groups = await all(parquet.groups());
    expect(groups.length).toBeGreaterThan(4);
    expect(groups.flat().length).toBe(400_000);
    expect(Math.max(...reads)).toBeLessThan(blob.size / 2);
  });

  it('readParquet() rejects bytes that are not Parquet', async () => {
    await expect(readParquet(new Blob(['not parquet at all, and long enough to hold a footer'.repeat(4)]))).rejects.toThrow();
  });
});
