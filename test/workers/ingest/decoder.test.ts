import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StreamDecoder } from '../../../workers/ingest/decoder';
import { decodeWindows1252 } from '../../../workers/ingest/decodeWindows1252';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, BAD)));

function decodeInChunks(d: StreamDecoder, bytes: Uint8Array, size: number): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.decode(bytes.subarray(i, i + size));
  return out + d.flush();
}

describe('StreamDecoder', () => {
  it('StreamDecoder.decode() gives the same text whatever the chunk size, even inside a character', () => {
    const text = 'customer,product\r\nC1,咖啡豆\r\nC2,Übergröße 😀\nC3,x';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 7, 1000]) expect(decodeInChunks(new StreamDecoder('utf-8'), bytes, size)).toBe(text);
  });

  it('StreamDecoder.decode() strips a leading BOM split across chunks and keeps one mid-file', () => {
    const bytes = file('duplicate_header_mid.csv');
    const text = decodeInChunks(new StreamDecoder('utf-8'), bytes, 1);
    expect(text.startsWith('customer_id')).toBe(true);
    expect(text).toContain('\n\uFEFFcustomer_id');
  });

  it('StreamDecoder.decode() maps Windows-1252 bytes 0x80-0x9F as browsers do (€ „ “)', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x84, 0x93, 0x94, 0x96, 0x9f, 0xfc, 0x41]))).toBe('€„“”–Ÿü' + 'A');
    const text = decodeInChunks(new StreamDecoder('windows-1252'), file('windows1252_semicolon.csv'), 7);
    expect(text).toContain('Geschenkkarte 20 €');
    expect(text).toContain('Café-Set „Classic“');
    expect(text).toContain('München');
  });

  it('StreamDecoder.decode() repairs invalid UTF-8 lines as Windows-1252 and names them', () => {
    const d = new StreamDecoder('utf-8');
    const text = decodeInChunks(d, file('mixed_encoding_utf8_cp1252.csv'), 5);
    expect(d.invalidLines).toEqual([6, 7, 8]);
    expect(d.invalidLineCount).toBe(3);
    expect(d.repairedAs).toBe('windows-1252');
    expect(text).not.toContain('\uFFFD');
    expect(text.match(/Müsli/g)).toHaveLength(4);
  });

  it('StreamDecoder.decode() counts CR-only and CRLF line breaks split across chunks', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('a\r\nb\rc\n'), 0xfc, 0x0a, ...new TextEncoder().encode('ok\r\n'), 0xfc]);
    for (const size of [1, 2, 3, 100]) {
      const d = new StreamDecoder('utf-8');
      decodeInChunks(d, bytes, size);
      expect(d.invalidLines).toEqual([4, 6]);
    }
  });

  it('StreamDecoder.decode() decodes GBK and UTF-16 in small chunks', () => {
    const gbk = decodeInChunks(new StreamDecoder('gbk'), file('gbk_chinese_headers.csv'), 3);
    expect(gbk.startsWith('客户编号,订单编号,下单日期,金额,商品,地区\r\n')).toBe(true);
    expect(gbk).toContain('意大利面');
    const utf16 = decodeInChunks(new StreamDecoder('utf-16le'), file('utf16le_bom_tab.txt'), 3);
    expect(utf16.startsWith('customer_id\torder_id')).toBe(true);
    expect(utf16).toContain('咖啡豆\t华东');
  });

  it('StreamDecoder.decode() records the lines where a legacy decoder met invalid bytes', () => {
    const d = new StreamDecoder('gbk');
    // 0x81 0x20 is invalid everywhere; 0xFF is U+FFFD in browsers and private-use in Node's ICU.
    const bytes = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x81, 0x20, 0x0a, 0x63, 0x0d, 0x0a, 0xff, 0x0a]);
    decodeInChunks(d, bytes, 2);
    expect(d.invalidLines).toEqual([3, 5]);
    expect(d.repairedAs).toBeNull();
  });

  it('StreamDecoder() refuses an unknown encoding by name', () => {
    expect(() => new StreamDecoder('klingon')).toThrow('unknown text encoding "klingon"');
  });
});
