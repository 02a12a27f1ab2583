import { describe, expect, it } from 'vitest';
import { readParquet } from '../../../workers/ingest/readParquet';
import { sniff } from '../../../workers/ingest/sniff';
import { makeParquet } from './fixtures/makeParquet';

// No Parquet writer is installed (and DuckDB-WASM's parquet extension would be fetched from
// another origin), so the fixture is written by hand: PLAIN pages and a Thrift footer.
const file = makeParquet([
  { name: 'customer_id', type: 'string', values: ['00123', 'C2', '客户3'] },
  { name: 'order_date', type: 'date', values: [19727, 19728, 19729] },
  { name: 'amount', type: 'double', values: [19.99, 5, -2.5] },
  { name: 'order_no', type: 'int64', values: [1n, 2n, 12345678901234567n] },
]);

describe('readParquet', () => {
  it('readParquet() reads headers and rows as text: strings, DATE as ISO, doubles, exact INT64', async () => {
    expect(sniff(file).format).toBe('parquet');
    const buffer = file.slice().buffer;
    expect(await readParquet(buffer)).toEqual({
      headers: ['customer_id', 'order_date', 'amount', 'order_no'],
      rows: [
        ['00123', '2024-01-05', '19.99', '1'],
        ['C2', '2024-01-06', '5', '2'],
        ['客户3', '2024-01-07', '-2.5', '12345678901234567'],
      ],
    });
  });

  it('readParquet() rejects bytes that are not Parquet', async () => {
    await expect(readParquet(new TextEncoder().encode('not parquet at all').buffer)).rejects.toThrow();
  });
});
