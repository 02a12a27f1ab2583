import { describe, expect, it } from 'vitest';
import { scanCsvBytes } from '../../../../workers/import/fast/scanCsvBytes';

const scan = (text: string, delimiter = ',', width = 3) => scanCsvBytes(new Blob([text]), delimiter, width);

describe('scanCsvBytes', () => {
  it('counts lines and notes blank lines, line endings and a leading byte-order mark', async () => {
    expect(await scan('a,b,c\n1,2,3\n4,5,6\n')).toEqual({ lines: 3, crlf: false, blank: [], spaces: false, cuts: [0, 18] });
    expect(await scan('a,b,c\n1,2,3\n4,5,6')).toEqual({ lines: 3, crlf: false, blank: [], spaces: false, cuts: [0, 17] });
    expect(await scan('\uFEFFa,b,c\r\n\r\n1,2,3\r\n4,5,6')).toEqual({ lines: 4, crlf: true, blank: [2], spaces: false, cuts: [0, 24] });
    expect(await scan('a,b,c\n1,2,3\n\n')).toEqual({ lines: 3, crlf: false, blank: [3], spaces: false, cuts: [0, 13] });
    expect(await scan('a,b,c\n"1,x","2""y",""\n1,2,\n')).toMatchObject({ lines: 3 });
  });

  it('refuses what DuckDB and the TypeScript tokenizer would read differently', async () => {
    const refused: Record<string, string> = {
      'a,b,c\r\n1,2,3\n': 'mixed line endings',
      'a,b,c\n1,2\r3\n': 'carriage return',
      'a,b,c\n1,2,3\r': 'carriage return',
      'a,b,c\n1,2,3,\n': 'empty fields after the last column',
      'a,b,c\n1,2,3,""\n': 'empty fields after the last column',
      'a,b,c\n1,2"x,3\n': 'quote inside an unquoted field',
      'a,b,c\n"1"x,2,3\n': 'text after a closing quote',
      'a,b,c\n"1\n2",2,3\n': 'does not close on its line',
      'a,b,c\n" 1",2,3\n': 'space inside the quotes',
      'a,b,c\n"1 ",2,3\n': 'space inside the quotes',
      'a,b,c\n1,\u0000,3\n': 'control character U+0000',
      'a,b,c\n1,\u007f,3\n': 'control character U+007F',
      'a,b,c\n\uFEFF1,2,3\n': 'byte-order mark inside the file',
    };
    for (const [text, why] of Object.entries(refused)) expect(await scan(text), JSON.stringify(text)).toContain(why);
    expect(await scan(`a,b,c\n1,${'x'.repeat((1 << 20) + 1)},3\n`)).toContain('longer than 1 MiB');
  });

  it('sees every space next to a delimiter or line break, whatever its place in a 4-byte word', async () => {
    let seed = 11;
    const r = (n: number) => Math.floor(((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) * n);
    for (let trial = 0; trial < 2000; trial++) {
      const delimiter = [',', '\t', ';', '|'][trial % 4];
      const cells = Array.from({ length: 3 + r(20) }, () => ['x', 'yy', ' ', 'a b', 'zzz', ' q', 'q '][r(7)]);
      const text = cells.map((c, i) => (i % 3 === 2 ? `${c}\n` : `${c}${delimiter}`)).join('');
      const padded = /(^| )[\n,\t;|]|[\n,\t;|] | $|^ /.test(text.replaceAll(delimiter, ',')) || /(^|\n) /.test(text);
      const got = await scan(text, delimiter, 3);
      if (typeof got !== 'string') expect(got.spaces, JSON.stringify(text)).toBe(padded);
    }
  });

  it('reads the file in steps, carrying lines across them', async () => {
    const line = '1234567890,abcdefghij,x\n';
    const text = 'a,b,c\n' + line.repeat(400_000); // 9.6 MB: three steps
    expect(await scan(text)).toEqual({ lines: 400_001, crlf: false, blank: [], spaces: false, cuts: [0, 9_600_006] });
  });

  it('scanCsvBytes(file, delimiter, width, chunkBytes) cuts the file at line starts about chunkBytes apart', async () => {
    const text = 'a,b,c\n1,2,3\n\n4,5,6\n7,8,9';
    const cutsOf = async (blob: Blob, chunk: number) => {
      const s = await scanCsvBytes(blob, ',', 3, chunk);
      if (typeof s === 'string') throw new Error(s);
      return s.cuts;
    };
    expect(await cutsOf(new Blob([text]), 8)).toEqual([0, 12, 24]);
    expect(await cutsOf(new Blob([text]), 1)).toEqual([0, 6, 12, 13, 19, 24]);
    // Across the scan's 4 MB steps: every cut is the start of a line, the pieces cover the file.
    const line = '1234567890,abcdefghij,x\n';
    const big = 'a,b,c\n' + line.repeat(400_000);
    const cuts = await cutsOf(new Blob([big]), 3_000_000);
    expect(cuts.length).toBe(5);
    expect(cuts[cuts.length - 1]).toBe(big.length);
    for (const c of cuts.slice(1, -1)) expect((c - 6) % line.length).toBe(0);
  });
});
