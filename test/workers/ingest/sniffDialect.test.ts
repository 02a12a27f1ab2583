import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffDialect } from '../../../workers/ingest/sniffDialect';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, BAD), 'utf8');

describe('sniffDialect', () => {
  it('sniffDialect() picks ";" over "," when commas are decimal marks and inside text', () => {
    expect(sniffDialect(read('semicolon_decimal_comma.csv'))).toMatchObject({ delimiter: ';', lineEnding: 'CRLF', hasHeader: true });
  });

  it('sniffDialect() finds tab and pipe delimiters', () => {
    expect(sniffDialect('a\tb\tc\n1\t2,5\t3\n4\t5\t6\n').delimiter).toBe('\t');
    expect(sniffDialect('a|b|c\n1|2|3\n').delimiter).toBe('|');
  });

  it('sniffDialect() falls back to runs of whitespace when no character splits the lines', () => {
    const text = ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n';
    const d = sniffDialect(text);
    expect(d.delimiter).toBe(' ');
    expect(d.records[1].fields).toEqual(['00001', '19970101', '1', '11.77']);
  });

  it('sniffDialect() honours Excel\'s "sep=;" line and starts the table on line 2', () => {
    const d = sniffDialect(read('excel_sep_hint.csv'));
    expect(d).toMatchObject({ delimiter: ';', sepLine: true, hasHeader: true });
    expect(d.records[0]).toMatchObject({ line: 2, fields: ['customer_id', 'order_id', 'order_date', 'amount', 'product', 'region'] });
  });

  it('sniffDialect() tells CR-only line endings and counts their lines', () => {
    const d = sniffDialect(read('cr_only_line_endings.csv'));
    expect(d.lineEnding).toBe('CR');
    expect(d.records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('sniffDialect() sees that a file has no header when line 1 has the shape of the data', () => {
    expect(sniffDialect(read('no_header.csv'))).toMatchObject({ hasHeader: false, headerConfident: true });
  });

  it('sniffDialect() uses forced options instead of sniffing', () => {
    expect(sniffDialect('a;b,c\n1;2,3\n', { delimiter: ',' }).delimiter).toBe(',');
    expect(sniffDialect('a\tb\n', { delimiter: 'tab' }).delimiter).toBe('\t');
    expect(sniffDialect('x,y\n1,2\n', { hasHeader: false }).hasHeader).toBe(false);
  });

  it('sniffDialect() leaves the last line of a partial head out when the head is not the whole file', () => {
    const d = sniffDialect('a,b\n1,2\n3,"unfinished', {}, false);
    expect(d.records.map((r) => r.line)).toEqual([1, 2]);
  });
});

describe('sniffDialect quote', () => {
  it('sniffDialect() finds single-quote quoting when the file never uses double quotes', () => {
    const d = sniffDialect("id,name,amount\n1,'Smith, J',2\n2,'Doe, A',3\n3,'Li, B',4\n");
    expect(d.quote).toBe("'");
    expect(d.records[1].fields).toEqual(['1', 'Smith, J', '2']);
    expect(sniffDialect("id,name\n1,O'Brien\n2,D'Arcy\n").quote).toBe('"');
  });
});
