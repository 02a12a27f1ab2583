import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../workers/ingest/sniff';
import { TextImporter, BATCH_ROWS } from '../../../workers/ingest/TextImporter';
import { runImport } from './runImport';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, BAD)));

describe('TextImporter', () => {
  it('TextImporter.push() gives the same rows and report for 1-byte chunks and the whole file', () => {
    for (const name of ['quoted_fields_multiline.csv', 'utf16le_bom_tab.txt', 'gbk_chinese_headers.csv', 'mixed_encoding_utf8_cp1252.csv', 'cr_only_line_endings.csv']) {
      const bytes = file(name);
      const small = runImport(bytes, {}, 1);
      const whole = runImport(bytes, {}, bytes.length);
      expect(small.rows, name).toEqual(whole.rows);
      expect(small.report, name).toEqual(whole.report);
    }
  });

  it('TextImporter.push() returns batches of about 64k rows from 4 MB chunks, lines in order', () => {
    const lines = ['customer_id,order_id,order_date,amount'];
    for (let i = 0; i < 150_000; i++) lines.push(`C${i % 9000},O${i},2024-0${1 + (i % 9)}-1${i % 10},${(i % 500) / 4}`);
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const s = sniff(bytes.subarray(0, 65536));
    const importer = new TextImporter(s);
    const sizes: number[] = [];
    let last = 1;
    for (let i = 0; i < bytes.length; i += 4 << 20) {
      const b = importer.push(bytes.subarray(i, i + (4 << 20)));
      if (b) { sizes.push(b.length); expect(b.line[0]).toBe(last + 1); last = b.line[b.length - 1]; }
    }
    const { batch, report } = importer.finish();
    if (batch) sizes.push(batch.length);
    expect(sizes.slice(0, -1).every((n) => n >= BATCH_ROWS)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(150_000);
    expect(report).toMatchObject({ rows_read: 150_000, rows_imported: 150_000, bytes_read: bytes.length });
  });

  it('TextImporter.finish() rejects rows with bytes a legacy encoding cannot decode, naming the lines', () => {
    // GBK file whose line 3 holds 0x81 0x20, invalid in GBK everywhere.
    const good = file('gbk_chinese_headers.csv');
    const firstBreak = good.indexOf(0x0a) + 1;
    const secondBreak = good.indexOf(0x0a, firstBreak) + 1;
    const bytes = Uint8Array.from([...good.subarray(0, secondBreak), ...new TextEncoder().encode('C9,SO9,2024/1/5,1.00,'), 0x81, 0x20, 0x0d, 0x0a, ...good.subarray(secondBreak)]);
    const { report } = runImport(bytes, { encoding: 'gbk' }, 5);
    expect(report.rejected).toEqual([{ line: 3, reason: 'bytes that are not valid gbk' }]);
    expect(report.invalid_encoding_lines).toEqual([3]);
    expect(report.rows_imported).toBe(16);
  });

  it('TextImporter.push() rejects rows with control characters and names rows with stray quotes', () => {
    const text = 'customer_id,order_id,order_date,amount,product\nC1,O1,2024-01-05,1.00,Mug\nC2,O2,2024-01-05,2.00,Dark Choc\u0000olate\nC3,O3,2024-01-05,3.00,Dish So"ap\n';
    const { report, rows } = runImport(new TextEncoder().encode(text), {}, 9);
    expect(report.rejected).toEqual([{ line: 3, reason: 'control character U+0000 in field 5' }]);
    expect(rows.map((r) => r.values.product)).toEqual(['Mug', 'Dish So"ap']);
    expect(report.warnings).toContain('1 row with a quote inside an unquoted field (line 4); the quote was kept as text, please check them.');
  });

  it('TextImporter.finish() lists every row with a stray quote, not only the 20 the warning names', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `C${i},O${i},2024-01-05,1.00,Dish So"ap`);
    const text = ['customer_id,order_id,order_date,amount,product', 'C0,X0,2024-01-05,1.00,Mug', ...rows].join('\n') + '\n';
    const { report } = runImport(new TextEncoder().encode(text), {}, 64);
    expect(report.rows_imported).toBe(26);
    expect(report.stray_quote_lines).toEqual(Array.from({ length: 25 }, (_, i) => i + 3));
  });

  it('TextImporter.finish() reports a refused sniff without reading rows', () => {
    const s = sniff(file('png_renamed.csv'));
    const importer = new TextImporter(s);
    expect(importer.push(file('png_renamed.csv'))).toBeNull();
    expect(importer.bytesRead).toBe(173);
    expect(importer.finish().report).toMatchObject({ outcome: 'refused', message: 'This is a PNG image, not a CSV or text file.', rows_read: 0, bytes_read: 173 });
  });

  it('TextImporter() follows a mapping given in the options over the proposal', () => {
    const { report, rows } = runImport(file('no_header.csv'), { mapping: { column_5: 'product', column_6: 'region' } });
    expect(report.column_mapping).toMatchObject({ column_5: 'product', column_6: 'region' });
    expect(rows[0].values).toMatchObject({ customer_id: 'C2701', product: 'Yoga Mat', region: 'North' });
  });
});
