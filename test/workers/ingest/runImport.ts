import { sniff, SNIFF_BYTES } from '../../../workers/ingest/sniff';
import { TextImporter } from '../../../workers/ingest/TextImporter';
import { isoFromDays } from '../../../workers/ingest/isoFromDays';
import type { ImportOptions, IngestReport, RowBatch, SniffResult } from '../../../workers/ingest/types';

/** One imported row, flattened from the batches, for assertions by line. */
export interface Row {
  line: number;
  values: Record<string, string | number | null>;
}

/** Sniffs `bytes`, streams them through a TextImporter in `chunk`-byte pieces, and flattens the rows. */
export function runImport(bytes: Uint8Array, options: ImportOptions = {}, chunk = 7, fileName?: string): { sniff: SniffResult; report: IngestReport; rows: Row[]; batches: number } {
  const s = sniff(bytes.subarray(0, SNIFF_BYTES), options, fileName);
  const importer = new TextImporter(s, options);
  const rows: Row[] = [];
  let batches = 0;
  const take = (b: RowBatch | null) => {
    if (!b) return;
    batches++;
    rows.push(...flatten(b));
  };
  for (let i = 0; i < bytes.length; i += chunk) take(importer.push(bytes.subarray(i, i + chunk)));
  const { batch, report } = importer.finish();
  take(batch);
  return { sniff: s, report, rows, batches };
}

/** Rows of a batch as objects: text roles, numbers, order_date as ISO text, attributes by header. */
export function flatten(b: RowBatch): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < b.length; i++) {
    const values: Row['values'] = {};
    for (const [k, v] of Object.entries(b.text)) values[k] = v![i];
    for (const [k, v] of Object.entries(b.numbers)) values[k] = Number.isNaN(v![i]) ? null : v![i];
    if (b.order_date) values.order_date = isoFromDays(b.order_date[i]);
    for (const [k, v] of Object.entries(b.attributes)) values[k] = v[i];
    rows.push({ line: b.line[i], values });
  }
  return rows;
}
