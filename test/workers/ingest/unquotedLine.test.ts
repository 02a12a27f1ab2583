import { describe, expect, it } from 'vitest';
import { unquotedLine } from '../../../workers/ingest/unquotedLine';

const comma = { delimiter: ',', whitespace: false, trim: false };

describe('unquotedLine()', () => {
  it('unquotedLine() splits the quote\'s own line as text, the quote kept, and points after its break', () => {
    const raw = 'C2903,U-3,"Frying Pan 28cm\nC2904,U-4,9.50\n';
    expect(unquotedLine(raw, 0, comma)).toEqual({ fields: ['C2903', 'U-3', '"Frying Pan 28cm'], next: 27 });
    expect(raw.slice(27)).toBe('C2904,U-4,9.50\n');
  });

  it('unquotedLine() with skip keeps the record\'s earlier lines in the text it splits', () => {
    const raw = 'a,"x\ny",b,"open\r\nnext,1';
    const { fields, next } = unquotedLine(raw, 1, comma);
    expect(fields).toEqual(['a', '"x\ny"', 'b', '"open']);
    expect(raw.slice(next)).toBe('next,1');
  });

  it('unquotedLine() steps over CR, LF and CRLF alike, and ends at the text\'s end without a break', () => {
    expect(unquotedLine('a,"b\rc', 0, comma)).toEqual({ fields: ['a', '"b'], next: 5 });
    expect(unquotedLine('a,"b\r\nc', 0, comma)).toEqual({ fields: ['a', '"b'], next: 6 });
    expect(unquotedLine('a,"b', 0, comma)).toEqual({ fields: ['a', '"b'], next: 4 });
  });

  it('unquotedLine() splits on runs of spaces and tabs for whitespace files, and trims spaces when asked', () => {
    const ws = { delimiter: ' ', whitespace: true, trim: false };
    expect(unquotedLine('  00001 \t19970101  "1\n', 0, ws).fields).toEqual(['00001', '19970101', '"1']);
    expect(unquotedLine(' a ; "b \n', 0, { delimiter: ';', whitespace: false, trim: true }).fields).toEqual(['a', '"b']);
  });
});
