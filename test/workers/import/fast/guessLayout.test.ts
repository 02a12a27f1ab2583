import { describe, expect, it } from 'vitest';
import { guessLayout } from '../../../../workers/import/fast/guessLayout';
import { scanCsvBytes } from '../../../../workers/import/fast/scanCsvBytes';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('guessLayout', () => {
  it('guessLayout() reads the line endings from the first line break', () => {
    expect(guessLayout(bytes('a,b\r\n1,2\r\n'), ',').crlf).toBe(true);
    expect(guessLayout(bytes('a,b\n1,2\n'), ',').crlf).toBe(false);
    expect(guessLayout(bytes('a,b'), ',').crlf).toBe(false);
  });

  it('guessLayout() sees spaces where scanCsvBytes does, on the bytes it is given', async () => {
    const cases = ['a,b\n1,2\n', 'a, b\n1,2\n', 'a ,b\n1,2\n', ' a,b\n', 'a,b\n1,2 \n', 'a,b\n 1,2\n', 'a;b\n1 ;2\n', 'a\tb\n1\t 2\n', 'a,b\n"x y",2\n', '\uFEFF a,b\n'];
    for (const text of cases) {
      const delimiter = text.includes(';') ? ';' : text.includes('\t') ? '\t' : ',';
      const scan = await scanCsvBytes(new Blob([text]), delimiter, 2);
      if (typeof scan === 'string') throw new Error(`${text}: ${scan}`);
      expect(guessLayout(bytes(text), delimiter), JSON.stringify(text)).toEqual({ crlf: scan.crlf, spaces: scan.spaces });
    }
  });
});
