import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniff, SNIFF_BYTES } from '../../../workers/ingest/sniff';
import { makeXlsx } from './fixtures/makeXlsx';

const DATA = new URL('../../../../shared/data/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, DATA)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it('sniff() refuses an empty file, a file of blank lines, a header without rows, and a PNG', () => {
    expect(sniff(new Uint8Array(0)).refused).toBe('The file is empty (0 bytes).');
    expect(sniff(file('bad/whitespace_only.csv')).refused).toContain('no data');
    const headerOnly = sniff(file('bad/header_only.csv'));
    expect(headerOnly.refused).toBe('The file has no data rows (header only).');
    expect(headerOnly.mapping.customer_id).toBe('customer_id');
    expect(sniff(file('bad/png_renamed.csv'), {}, 'png_renamed.csv').refused).toMatch(/PNG.*not a CSV/);
  });

  it('sniff() refuses binary content that has no known signature', () => {
    const junk = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 32);
    expect(sniff(junk).refused).toBe('This looks like a binary file, not a CSV or text file.');
  });

  it('sniff() proposes encoding, delimiter, header, roles, date order and decimal comma', () => {
    const s = sniff(file('bad/gbk_chinese_headers.csv'));
    expect(s).toMatchObject({ format: 'text', encoding: 'gbk', encodingConfidence: 'likely', delimiter: ',', hasHeader: true, headerLine: 1 });
    expect(s.mapping).toEqual({ 客户编号: 'customer_id', 订单编号: 'order_id', 下单日期: 'order_date', 金额: 'amount', 商品: 'product', 地区: 'region' });
    expect(s.preview[0]).toEqual(['C1001', 'SO240105001', '2024/1/5', '128.00', '咖啡豆', '华东']);
    const eu = sniff(file('bad/windows1252_semicolon.csv'));
    expect(eu).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimalComma: true, dateOrder: 'YMD' });
  });

  it('sniff() asks about the date order when no day above 12 decides, and defaults to day-first', () => {
    const s = sniff(utf8('customer_id,order_date,amount\nC1,05/01/2024,1\nC2,06/02/2024,2\n'));
    expect(s.dateOrder).toBe('DMY');
    expect(s.questions).toContainEqual(expect.objectContaining({ kind: 'date_order', default: 'DMY', choices: ['DMY', 'MDY'] }));
    expect(sniff(utf8('customer_id,order_date,amount\nC1,05/01/2024,1\n'), { dateOrder: 'MDY' }).questions).toEqual([]);
  });

  it('sniff() synthesises column names and asks, for a file without a header', () => {
    const s = sniff(file('bad/no_header.csv'));
    expect(s.hasHeader).toBe(false);
    expect(s.headerLine).toBe(0);
    expect(s.headers).toEqual(['column_1', 'column_2', 'column_3', 'column_4', 'column_5', 'column_6']);
    expect(s.questions.map((q) => q.kind)).toContain('header');
  });

  it('sniff() reads CDNOW\'s whitespace-separated layout', () => {
    const s = sniff(file('CDNOW_master.txt').subarray(0, SNIFF_BYTES));
    expect(s).toMatchObject({ delimiter: ' ', hasHeader: true });
    expect(s).not.toHaveProperty('refused');
    expect(s.mapping).toMatchObject({ customer_id: 'customer_id', date: 'order_date', number_of_cds: 'quantity', dollar_value: 'amount' });
  });

  it('sniff() notes a currency named in the amount header and makes duplicate header names unique', () => {
    expect(sniff(file('bad/whitespace_padded_headers.csv')).warnings).toContain('The amount column "Amount (USD)" names its currency: USD.');
    expect(sniff(utf8('id,amount,amount\nA,1,2\n')).headers).toEqual(['id', 'amount', 'amount_2']);
  });

  it('sniff() warns in the preview about lines that are not valid UTF-8', () => {
    expect(sniff(file('bad/mixed_encoding_utf8_cp1252.csv')).warnings[0]).toBe('Lines 6, 7, 8 are not valid UTF-8; read as windows-1252.');
  });

  it('sniff() uses a forced encoding and still skips its BOM', () => {
    const s = sniff(file('bad/utf8_bom.csv'), { encoding: 'utf8' });
    expect(s.encoding).toBe('utf-8');
    expect(s.headers[0]).toBe('customer_id');
  });

  it('sniff() hands workbooks and Parquet files to their readers', () => {
    const book = sniff(makeXlsx({ S: [['a']] }), {}, 'book.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book).not.toHaveProperty('refused');
    expect(sniff(utf8('PAR1\0\0\0\0'))).toMatchObject({ format: 'parquet' });
  });
});
