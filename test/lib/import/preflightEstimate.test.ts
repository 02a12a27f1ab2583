import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { preflightEstimate } from '../../../src/lib/import/preflightEstimate';
import { sniff } from '../../../workers/ingest/sniff';
import type { Role, SniffSample } from '../../../workers/ingest/types';

const HEADERS = ['order_id', 'customer_id', 'order_date', 'amount', 'product', 'category', 'region', 'channel'];
const MAPPING: Record<string, Role> = Object.fromEntries(HEADERS.map((h) => [h, h as Role]));
const GiB = 2 ** 30;

/** The head of a generator file: 72 bytes a record, 3 rows a customer. */
const head = (over: Partial<SniffSample> = {}): SniffSample => ({ bytes: 65_520, records: 910, rows: 909, complete: false, distinct: [909, 303, 300, 900, 40, 6, 8, 3], ...over });

describe('preflightEstimate', () => {
  it('preflightEstimate() scales the head to the file: rows from bytes per record, customers from ids per row', () => {
    const e = preflightEstimate(72 * 1_000_000, head(), HEADERS, MAPPING)!;
    expect(e.rows).toBe(999_999);
    expect(e.customers).toBe(333_333);
    expect(e).toMatchObject({ exact: false, verdict: 'fits', limit: 3.1 * GiB });
  });

  it('preflightEstimate() counts exactly when the head is the whole file', () => {
    const e = preflightEstimate(5_000, head({ bytes: 5_000, records: 60, rows: 58, complete: true, distinct: [58, 20, 10, 50, 5, 3, 2, 1] }), HEADERS, MAPPING)!;
    expect(e).toMatchObject({ rows: 58, customers: 20, exact: true, verdict: 'fits' });
  });

  // Peaks of the page's wasm heap after a drop, measured by bench/memoryFit.ts (24 November 2026):
  // file bytes, rows, customers, kept columns, peak bytes.
  const MEASURED: [number, number, number, number, number][] = [
    [7_020_076, 100_280, 32_573, 8, 72.5e6], [70_015_544, 1_000_729, 325_733, 8, 371.7e6], [60_678_630, 788_904, 100_000, 10, 258.1e6],
    [118_657_819, 1_695_812, 553_000, 8, 636.2e6], [181_755_306, 2_597_668, 846_000, 8, 636.3e6], [150_857_315, 1_961_748, 250_000, 10, 371.7e6],
    [248_311_533, 3_499_183, 1_140_000, 8, 842.1e6], [354_826_247, 5_000_215, 1_628_664, 8, 258.1e6], [609_739_465, 7_827_998, 1_000_000, 10, 371.7e6],
    [710_443_288, 10_011_864, 7_300_000, 8, 642.4e6], [1_419_447_963, 20_003_491, 6_514_658, 8, 739.7e6], [3_595_747_010, 49_967_924, 16_286_645, 8, 1637.9e6],
  ];
  /** A head of 1,000 rows with the file's bytes per row and customers per row, and `kept` columns mapped. */
  const like = (bytes: number, rows: number, customers: number, kept: number) => {
    const headers = Array.from({ length: kept }, (_, i) => HEADERS[i] ?? `extra${i}`);
    const mapping: Record<string, Role> = Object.fromEntries(headers.map((h) => [h, (MAPPING[h] ?? 'attribute') as Role]));
    const sample = head({ bytes: Math.round((bytes / rows) * 1_000), records: 1_000, rows: 1_000, distinct: headers.map((h) => (h === 'customer_id' ? Math.round((1_000 * customers) / rows) : 1_000)) });
    return preflightEstimate(bytes, sample, headers, mapping)!;
  };

  it('preflightEstimate() lands at or above every peak measured from 0.1M to 50M rows, and at most 31% over', () => {
    const ratios = MEASURED.map(([bytes, rows, customers, kept, peak]) => like(bytes, rows, customers, kept).bytes / peak);
    for (const r of ratios) {
      expect(r).toBeGreaterThanOrEqual(1);
      expect(r).toBeLessThan(1.31);
    }
  });

  it('preflightEstimate() calls 20M and 50M rows (49% of the limit measured) fine, 85M tight and 110M too big', () => {
    expect(like(1_419_447_963, 20_003_491, 6_514_658, 8).verdict).toBe('fits');
    expect(like(3_595_747_010, 49_967_924, 16_286_645, 8).verdict).toBe('fits');
    const tight = like(6_120_000_000, 85_000_000, 27_700_000, 8);
    expect(tight.bytes / tight.limit).toBeGreaterThan(0.8);
    expect(tight.verdict).toBe('tight');
    expect(like(7_920_000_000, 110_000_000, 35_800_000, 8).verdict).toBe('too_big');
  });

  it('preflightEstimate() follows the import\'s storage regimes: uncompressed text costs more per row', () => {
    // The same rows just under and just over 256 MB, where storageSettings starts compressing text.
    const under = like(256 * 2 ** 20, 3_600_000, 1_200_000, 8);
    const over = like(256 * 2 ** 20 + 1, 3_600_000, 1_200_000, 8);
    expect(over.bytes).toBeLessThan(under.bytes / 2);
  });

  it('preflightEstimate() takes every row as a customer when no column is mapped to customer_id', () => {
    const e = preflightEstimate(72 * 1_000_000, head(), HEADERS, { ...MAPPING, customer_id: 'attribute' })!;
    expect(e.customers).toBe(e.rows);
  });

  it('preflightEstimate() needs less memory for each column ignored, the same for each', () => {
    const all = preflightEstimate(72 * 1_000_000, head(), HEADERS, MAPPING)!;
    const two = preflightEstimate(72 * 1_000_000, head(), HEADERS, { ...MAPPING, region: 'ignore', channel: 'ignore' })!;
    const four = preflightEstimate(72 * 1_000_000, head(), HEADERS, { ...MAPPING, product: 'ignore', category: 'ignore', region: 'ignore', channel: 'ignore' })!;
    expect(two.bytes).toBeLessThan(all.bytes);
    expect(all.bytes - four.bytes).toBe(2 * (all.bytes - two.bytes));
  });

  it('preflightEstimate() lowers the limit to half of a small device\'s memory', () => {
    const e = like(1_419_447_963, 20_003_491, 6_514_658, 8);
    expect(e.verdict).toBe('fits');
    // 2 GB of device memory: 1 GiB for the engine, more than 20M rows take (740 MB measured);
    // 25M rows come close, 50M do not fit.
    const small = preflightEstimate(1_419_447_963, head(), HEADERS, MAPPING, 2)!;
    expect(small.limit).toBe(1 * GiB);
    expect(small.verdict).toBe('fits');
    expect(preflightEstimate(1_800_000_000, head(), HEADERS, MAPPING, 2)!.verdict).toBe('tight');
    expect(preflightEstimate(3_595_747_010, head(), HEADERS, MAPPING, 2)!.verdict).toBe('too_big');
    expect(preflightEstimate(1_419_447_963, head(), HEADERS, MAPPING, 8)!.limit).toBe(3.1 * GiB);
  });

  it('preflightEstimate() gives nothing without a sample (Excel, Parquet) or with an empty one', () => {
    expect(preflightEstimate(1_000, undefined, HEADERS, MAPPING)).toBeUndefined();
    expect(preflightEstimate(1_000, head({ bytes: 0, records: 0, rows: 0 }), HEADERS, MAPPING)).toBeUndefined();
  });

  it('preflightEstimate() from a real sniff lands within 5% of the rows of a 378 KB file', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../../shared/data/example_transactions.csv', import.meta.url)));
    const s = sniff(bytes.subarray(0, 64 * 1024));
    const rows = new TextDecoder().decode(bytes).trimEnd().split('\n').length - 1;
    const e = preflightEstimate(bytes.length, s.sample, s.headers, s.mapping)!;
    expect(e.exact).toBe(false);
    // Its ids grow from 1 to 5 digits, so later rows are longer than the head's: 3.7% high.
    expect(Math.abs(e.rows - rows) / rows).toBeLessThan(0.05);
  });
});
