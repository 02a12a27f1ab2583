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
    // 16 MB + 4 B x 9 cells x rows + 620 B x customers
    expect(e.bytes).toBe(16 * 2 ** 20 + 36 * 999_999 + 620 * 333_333);
    expect(e).toMatchObject({ exact: false, verdict: 'fits', limit: 3.1 * GiB });
  });

  it('preflightEstimate() counts exactly when the head is the whole file', () => {
    const e = preflightEstimate(5_000, head({ bytes: 5_000, records: 60, rows: 58, complete: true, distinct: [58, 20, 10, 50, 5, 3, 2, 1] }), HEADERS, MAPPING)!;
    expect(e).toMatchObject({ rows: 58, customers: 20, exact: true, verdict: 'fits' });
  });

  it('preflightEstimate() says a 2 GB file of 30M rows and 10M customers will not fit in 3.1 GB', () => {
    const e = preflightEstimate(2_148_532_493, head(), HEADERS, MAPPING)!;
    expect(e.rows).toBeGreaterThan(29_800_000);
    expect(e.rows).toBeLessThan(29_900_000);
    expect(e.bytes).toBeGreaterThan(3.1 * GiB);
    expect(e.verdict).toBe('too_big');
  });

  it('preflightEstimate() calls an estimate between 80% and 100% of the limit tight', () => {
    // 12M rows of 3 per customer: 16 MB + 432 MB + 2.48 GB ≈ 2.92 GB of 3.1 GB.
    const e = preflightEstimate(72 * 12_000_000, head(), HEADERS, MAPPING)!;
    expect(e.bytes / e.limit).toBeGreaterThan(0.8);
    expect(e.bytes / e.limit).toBeLessThan(1);
    expect(e.verdict).toBe('tight');
  });

  it('preflightEstimate() takes every row as a customer when no column is mapped to customer_id', () => {
    const e = preflightEstimate(72 * 1_000_000, head(), HEADERS, { ...MAPPING, customer_id: 'attribute' })!;
    expect(e.customers).toBe(e.rows);
  });

  it('preflightEstimate() needs less memory when columns are ignored', () => {
    const all = preflightEstimate(72 * 1_000_000, head(), HEADERS, MAPPING)!;
    const fewer = preflightEstimate(72 * 1_000_000, head(), HEADERS, { ...MAPPING, product: 'ignore', category: 'ignore', region: 'ignore', channel: 'ignore' })!;
    expect(all.bytes - fewer.bytes).toBe(4 * 4 * 999_999);
  });

  it('preflightEstimate() lowers the limit to half of a small device\'s memory', () => {
    const e = preflightEstimate(72 * 5_000_000, head(), HEADERS, MAPPING, 2)!;
    expect(e.limit).toBe(1 * GiB);
    expect(e.verdict).toBe('too_big');
    expect(preflightEstimate(72 * 5_000_000, head(), HEADERS, MAPPING, 8)!.limit).toBe(3.1 * GiB);
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
