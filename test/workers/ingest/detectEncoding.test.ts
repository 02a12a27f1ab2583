import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../workers/ingest/detectEncoding';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, BAD)));
const bytes = (...b: number[]) => Uint8Array.from(b);
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));

describe('detectEncoding', () => {
  it('detectEncoding() reads byte-order marks for UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', confidence: 'bom', bom: 3 });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: 'utf-16le', confidence: 'bom', bom: 2 });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: 'utf-16be', confidence: 'bom', bom: 2 });
    expect(detectEncoding(file('utf16le_bom_tab.txt')).encoding).toBe('utf-16le');
  });

  it('detectEncoding() finds BOM-less UTF-16 from its NUL bytes', () => {
    const le = utf16le('customer_id,amount\r\nC1,12.50\r\n');
    expect(detectEncoding(le)).toEqual({ encoding: 'utf-16le', confidence: 'likely', bom: 0 });
    const be = Uint8Array.from(le, (_, i) => le[i ^ 1]);
    expect(detectEncoding(be).encoding).toBe('utf-16be');
  });

  it('detectEncoding() is certain of valid UTF-8 with non-ASCII text', () => {
    expect(detectEncoding(new TextEncoder().encode('a,Zürich\n'))).toEqual({ encoding: 'utf-8', confidence: 'certain', bom: 0 });
    expect(detectEncoding(new TextEncoder().encode('a,b\n1,2\n')).encoding).toBe('utf-8');
  });

  it('detectEncoding() does not call a multibyte character cut by the end of the head invalid', () => {
    const text = new TextEncoder().encode('name\nZürich 咖啡豆');
    for (let cut = text.length - 2; cut < text.length; cut++) {
      expect(detectEncoding(text.subarray(0, cut)).encoding).toBe('utf-8');
    }
  });

  it('detectEncoding() recognises GBK, Big5 and Shift-JIS text from how it decodes', () => {
    expect(detectEncoding(file('gbk_chinese_headers.csv')).encoding).toBe('gbk');
    // 客户编号,金额\r\n张三,128  in Big5
    const big5 = bytes(0xab, 0xc8, 0xa4, 0xe1, 0xbd, 0x73, 0xb8, 0xb9, 0x2c, 0xaa, 0xf7, 0xc3, 0x42, 0x0d, 0x0a, 0xb1, 0x69, 0xa4, 0x54, 0x2c, 0x31, 0x32, 0x38, 0x0d, 0x0a);
    expect(detectEncoding(big5).encoding).toBe('big5');
    // 顧客,ひらがな\r\n  in Shift-JIS
    const sjis = bytes(0x8c, 0xda, 0x8b, 0x71, 0x2c, 0x82, 0xd0, 0x82, 0xe7, 0x82, 0xaa, 0x82, 0xc8, 0x0d, 0x0a);
    expect(detectEncoding(sjis).encoding).toBe('shift_jis');
  });

  it('detectEncoding() recognises Windows-1252 (German Excel) text', () => {
    expect(detectEncoding(file('windows1252_semicolon.csv'))).toMatchObject({ encoding: 'windows-1252', confidence: 'likely' });
  });

  it('detectEncoding() keeps a mostly-UTF-8 file with a few cp1252 lines as UTF-8, for line repair', () => {
    expect(detectEncoding(file('mixed_encoding_utf8_cp1252.csv'))).toEqual({ encoding: 'utf-8', confidence: 'guess', bom: 0 });
  });

  it('detectEncoding() keeps mostly-ASCII text with a rare bad line as UTF-8 (damage, not cp1252)', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `O${i},C${i},2024-01-05,1.00,Mug`);
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    bytes[bytes.indexOf(0x4d)] = 0xfc; // one "Mug" becomes 0xFC "ug"
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8', confidence: 'guess', bom: 0 });
  });

  it('detectEncoding() answers for an empty head', () => {
    expect(detectEncoding(new Uint8Array(0)).encoding).toBe('utf-8');
  });
});
