import type { ImportOptions, Role, SniffResult } from '../../ingest/types';
import { SNIFF_BYTES } from '../../ingest/sniff';
import { fastPrecondition } from './fastPrecondition';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether `fastImport` is worth trying on this file: true, or why not (for the debug log). Decided
 * from the sniff (first 64 KB) and the file's first bytes, so it costs nothing; the fast path
 * still checks the whole file and falls back by itself. Required (fastPrecondition): a UTF-8 (or
 * ASCII) text file, a byte-order mark allowed; delimiter , ; tab or | with double quotes; the
 * header on line 1 (no `sep=` line); a customer id column. Wanted: dates in the sample all ISO
 * `YYYY-MM-DD`, numbers plain decimals with a dot and no decimal comma, no decoding problem in
 * the first 64 KB, so that nearly every row is one SQL can vouch for. Files with other dates or
 * amounts import correctly on the fast path too, but every such row is judged in TypeScript, and
 * past 200,000 of them it falls back: for those the TypeScript path is the faster start.
 * `head` (optional) is the start of the file as the sniff read it.
 */
export function fastImportEligible(sniff: SniffResult, options: ImportOptions, head?: Uint8Array): boolean | string {
  const mapping: Record<string, Role> = { ...sniff.mapping, ...options.mapping };
  const unfit = fastPrecondition(sniff, mapping);
  if (unfit) return unfit;
  // With the sniffed head at hand: a header line longer than the head was cut short by the sniff.
  if (head && head.length >= SNIFF_BYTES && head.indexOf(10) < 0 && head.indexOf(13) < 0) return 'the first line is longer than the sniffed head';
  if (sniff.warnings.some((w) => w.includes(' not valid '))) return 'the first 64 KB are not all valid UTF-8';
  const column = (role: Role) => sniff.headers.findIndex((h) => mapping[h] === role);
  if (options.decimalComma ?? sniff.decimalComma) return 'amounts use a decimal comma';
  const sample = (c: number) => (c < 0 ? [] : sniff.preview.map((row) => (row[c] ?? '').trim()).filter((v) => v !== ''));
  if (!sample(column('order_date')).every((v) => ISO_DATE.test(v))) return 'dates in the sample are not all YYYY-MM-DD';
  const numbers = sniff.headers.map((h, c) => (['amount', 'quantity', 'unit_price', 'cost', 'margin'].includes(mapping[h]) ? c : -1));
  if (!numbers.every((c) => sample(c).every((v) => PLAIN.test(v)))) return 'numbers in the sample are not all plain decimals';
  return true;
}
