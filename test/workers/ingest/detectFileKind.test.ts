import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../workers/ingest/detectFileKind';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('detectFileKind', () => {
  it('detectFileKind() refuses a PNG renamed to .csv, naming PNG', () => {
    const png = new Uint8Array(readFileSync(new URL('png_renamed.csv', BAD)));
    const kind = detectFileKind(png, 'png_renamed.csv');
    expect(kind).toEqual({ refused: 'This is a PNG image, not a CSV or text file.' });
  });

  it('detectFileKind() refuses PDF, gzip and legacy .xls by their magic bytes', () => {
    expect(detectFileKind(ascii('%PDF-1.7 ...'))).toHaveProperty('refused', expect.stringContaining('PDF'));
    expect(detectFileKind(Uint8Array.from([0x1f, 0x8b, 8, 0]))).toHaveProperty('refused', expect.stringContaining('gzip'));
    expect(detectFileKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toHaveProperty('refused', expect.stringContaining('.xls'));
  });

  it('detectFileKind() sends ZIP to the xlsx reader and PAR1 to the Parquet reader', () => {
    expect(detectFileKind(ascii('PK\x03\x04rest'), 'book.xlsx')).toEqual({ format: 'xlsx' });
    expect(detectFileKind(ascii('PK\x03\x04rest'), 'letter.docx')).toHaveProperty('refused');
    expect(detectFileKind(ascii('PAR1....'))).toEqual({ format: 'parquet' });
  });

  it('detectFileKind() takes anything else as text', () => {
    expect(detectFileKind(ascii('customer_id,amount\n'))).toEqual({ format: 'text' });
    expect(detectFileKind(new Uint8Array(0))).toEqual({ format: 'text' });
  });
});
