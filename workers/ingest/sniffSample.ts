import type { CsvRecord, SniffSample } from './types';
import { isBlankRow } from './isBlankRow';

/**
 * What the sniffed head says about the size of the whole file, for the pre-flight memory
 * estimate: the bytes its complete records span, how many records and data rows they are, and
 * the distinct values of each column among those rows. `records` are the head's complete
 * records (the tokenizer keeps a record cut by the end of the head back); `text` is the decoded
 * head and `bytes` its length in bytes. Bytes are apportioned by characters, exact for ASCII.
 */
export function sniffSample(records: readonly CsvRecord[], headerLine: number, width: number, text: string, bytes: number, complete: boolean): SniffSample {
  const lastBreak = complete ? text.length - 1 : Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const spanned = complete || text.length === 0 ? bytes : Math.round(bytes * (lastBreak + 1) / text.length);
  const distinct = Array.from({ length: width }, () => new Set<string>());
  let rows = 0;
  for (const r of records) {
    if (r.line <= headerLine || isBlankRow(r.fields)) continue;
    rows++;
    for (let c = 0; c < width; c++) distinct[c].add((r.fields[c] ?? '').trim());
  }
  return { bytes: spanned, records: records.length, rows, complete, distinct: distinct.map((s) => s.size) };
}
