import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type TokenizerOptions } from '../../../workers/ingest/csvTokenizer';
import type { CsvRecord } from '../../../workers/ingest/types';

const BAD = new URL('../../../../shared/data/bad/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', BAD), 'utf8')) as { files: { name: string; checks: any }[] };

function tokenize(text: string, options: TokenizerOptions = { delimiter: ',' }, chunk = text.length || 1): CsvRecord[] {
  const t = new CsvTokenizer(options);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...t.push(text.slice(i, i + chunk)));
  return [...out, ...t.finish()];
}

describe('CsvTokenizer', () => {
  it('CsvTokenizer.push() splits RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    const recs = tokenize('a,"b,c","say ""hi""","x\ny"\n1,2,3,4\n');
    expect(recs).toEqual([
      { fields: ['a', 'b,c', 'say "hi"', 'x\ny'], line: 1 },
      { fields: ['1', '2', '3', '4'], line: 3 },
    ]);
  });

  it('CsvTokenizer.push() reports the physical line where each record starts, for CR, LF and CRLF', () => {
    const recs = tokenize('h1,h2\r\n"a\r\nb",1\rc,2\nd,"3\r"\r\ne,4');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 4, 5, 7]);
    expect(recs[1].fields).toEqual(['a\r\nb', '1']);
    expect(recs[3].fields).toEqual(['d', '3\r']);
  });

  it('CsvTokenizer.push() gives the same records for every chunk size', () => {
    const text = readFileSync(new URL('quoted_fields_multiline.csv', BAD), 'utf8');
    const whole = tokenize(text, { delimiter: ',', trimSpaces: true });
    for (const chunk of [1, 2, 3, 7, 64]) expect(tokenize(text, { delimiter: ',', trimSpaces: true }, chunk)).toEqual(whole);
  });

  it('CsvTokenizer.push() matches the corpus cells and record start lines listed in the manifest checks', () => {
    for (const f of manifest.files.filter((x) => x.checks?.cells || x.checks?.record_start_lines)) {
      if (f.name.endsWith('.txt') || f.name.startsWith('gbk')) continue; // not UTF-8: covered through TextImporter
      const delimiter = f.name.startsWith('semicolon') ? ';' : ',';
      const recs = tokenize(readFileSync(new URL(f.name, BAD), 'utf8').replace(/^\uFEFF/, ''), { delimiter, trimSpaces: false }, 5);
      if (f.checks.record_start_lines) expect(recs.slice(1).map((r) => r.line), f.name).toEqual(f.checks.record_start_lines);
      for (const c of f.checks.cells ?? []) {
        expect(recs.find((r) => r.line === c.line)?.fields[c.col], `${f.name} line ${c.line}`).toBe(c.value);
      }
    }
  });

  it('CsvTokenizer.push() with trimSpaces trims unquoted fields and keeps quoted ones as written', () => {
    expect(tokenize(' C1 , "  padded  " ,x\n', { delimiter: ',', trimSpaces: true })[0].fields).toEqual(['C1', '  padded  ', 'x']);
    expect(tokenize('a,\t=1+2\n', { delimiter: ',', trimSpaces: true })[0].fields).toEqual(['a', '\t=1+2']);
  });

  it('CsvTokenizer.push() reads runs of whitespace as one delimiter (CDNOW style)', () => {
    const recs = tokenize(' 00001 19970101  1   11.77\r\n 00002\t19970112  1   12.00\r\n', { delimiter: ' ' }, 3);
    expect(recs).toEqual([
      { fields: ['00001', '19970101', '1', '11.77'], line: 1 },
      { fields: ['00002', '19970112', '1', '12.00'], line: 2 },
    ]);
  });

  it('CsvTokenizer.push() emits blank lines as one empty field, for the importer to count', () => {
    expect(tokenize('a\n\n   \nb\n', { delimiter: ',', trimSpaces: true })).toEqual([
      { fields: ['a'], line: 1 }, { fields: [''], line: 2 }, { fields: [''], line: 3 }, { fields: ['b'], line: 4 },
    ]);
  });

  it('CsvTokenizer.finish() reports an unterminated quote by line and re-reads the lines after it', () => {
    const text = readFileSync(new URL('unterminated_quote.csv', BAD), 'utf8');
    for (const chunk of [3, 1000]) {
      const recs = tokenize(text, { delimiter: ',' }, chunk);
      expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(recs[3]).toEqual({ fields: ['C2903', 'U-3', '2024-07-02', '12.00', '"Frying Pan 28cm'], line: 4, error: 'unterminated quoted field starting at line 4' });
      expect(recs[8].fields).toEqual(['C2908', 'U-8', '2024-07-04', '17.00', 'Jeans']);
    }
  });

  it('CsvTokenizer.push() treats a quote open for more than maxQuotedLines lines as a stray quote', () => {
    const lines = ['id,note', '1,"stray', ...Array.from({ length: 30 }, (_, i) => `${i + 2},ok`)];
    const recs = tokenize(lines.join('\n') + '\n', { delimiter: ',', maxQuotedLines: 10 }, 16);
    expect(recs[1]).toMatchObject({ line: 2, error: 'unterminated quoted field starting at line 2' });
    expect(recs.slice(2).map((r) => r.fields[0])).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 2)));
    expect(recs.at(-1)!.line).toBe(32);
  });

  it('CsvTokenizer.push() drops an oversized field and marks its record, without losing the next ones', () => {
    const big = 'x'.repeat(5000);
    const recs = tokenize(`a,b\n1,"${big}"\n2,ok\n`, { delimiter: ',', maxFieldChars: 1000 }, 333);
    expect(recs[1]).toEqual({ fields: ['1', ''], line: 2, error: 'field 2 is longer than 1000 characters (the limit)' });
    expect(recs[2]).toEqual({ fields: ['2', 'ok'], line: 3 });
  });

  it('CsvTokenizer.push() keeps text after a closing quote and quotes inside unquoted fields, flagging the record', () => {
    expect(tokenize('"abc"def,x"y\n')).toEqual([{ fields: ['abcdef', 'x"y'], line: 1, strayQuote: true }]);
    expect(tokenize('a,Dish So"ap\nb,ok\n', { delimiter: ',' }, 4)).toEqual([
      { fields: ['a', 'Dish So"ap'], line: 1, strayQuote: true }, { fields: ['b', 'ok'], line: 2 },
    ]);
  });

  it('CsvTokenizer.push() reads a quote after a closing quote and spaces as text, not as a reopened field (fuzz seed 517)', () => {
    const opts = { delimiter: ',', trimSpaces: true };
    // Taken as an escaped quote, `"Mug" "large,3` reopened the field and swallowed line 2.
    for (const chunk of [1, 4, 100]) {
      expect(tokenize('C1,"Mug" "large,3\nC2,Tea,4\n', opts, chunk)).toEqual([
        { fields: ['C1', 'Mug "large', '3'], line: 1, strayQuote: true }, { fields: ['C2', 'Tea', '4'], line: 2 },
      ]);
      expect(tokenize('C1,"Mug" "large",3\n', opts, chunk)).toEqual([{ fields: ['C1', 'Mug "large"', '3'], line: 1, strayQuote: true }]);
    }
    // Spaces between a closing quote and the delimiter are still padding.
    expect(tokenize('C1,"Mug"   ,3\n', opts)).toEqual([{ fields: ['C1', 'Mug', '3'], line: 1 }]);
  });

  it('CsvTokenizer.pushEach() hands over the same records as push()', () => {
    const text = readFileSync(new URL('quoted_fields_multiline.csv', BAD), 'utf8');
    const t = new CsvTokenizer({ delimiter: ',' });
    const seen: CsvRecord[] = [];
    for (let i = 0; i < text.length; i += 10) t.pushEach(text.slice(i, i + 10), (r) => seen.push(r));
    expect([...seen, ...t.finish()]).toEqual(tokenize(text));
  });

  it('CsvTokenizer.finish() emits a last record without a line break, and a trailing empty field', () => {
    expect(tokenize('a,b\n1,')).toEqual([{ fields: ['a', 'b'], line: 1 }, { fields: ['1', ''], line: 2 }]);
    expect(tokenize('')).toEqual([]);
  });

  it('CsvTokenizer.pushEach() gives every one of 200,000 rows across 4 MB chunk boundaries, fields intact', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `O${i},C${i % 5000},2024-01-05,${i % 97}.50,Coffee Beans 1kg,Grocery,North,web`);
    const text = rows.join('\n') + '\n';
    const t = new CsvTokenizer({ delimiter: ',', trimSpaces: true });
    let n = 0;
    let bad = 0;
    // Speed is the bench's business (npm run bench); here every row and its 8 fields must come through.
    const check = (fields: readonly string[]) => {
      if (fields.length !== 8 || fields[0] !== `O${n}`) bad++;
      n++;
    };
    for (let i = 0; i < text.length; i += 4 << 20) t.pushEach(text.slice(i, i + (4 << 20)), (r) => check(r.fields));
    for (const r of t.finish()) check(r.fields);
    expect(n).toBe(200_000);
    expect(bad).toBe(0);
  });
});
