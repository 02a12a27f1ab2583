import { describe, expect, it } from 'vitest';
import { lineCuts } from '../../../../workers/import/fast/lineCuts';
import { scanCsvBytes } from '../../../../workers/import/fast/scanCsvBytes';

describe('lineCuts', () => {
  it('lineCuts() cuts where scanCsvBytes does: at the first line start chunkBytes or more past the last cut', async () => {
    const texts = ['a,b,c\n1,2,3\n\n4,5,6\n7,8,9', 'a,b,c\r\n1,2,3\r\n4,5,6\r\n', 'a,b,c\n' + '12,345,6789\n'.repeat(50)];
    for (const text of texts) {
      const blob = new Blob([text]);
      for (const chunk of [1, 5, 7, 13, 40, 1000]) {
        const scan = await scanCsvBytes(blob, ',', 3, chunk);
        if (typeof scan === 'string') throw new Error(scan);
        expect(await lineCuts(blob, chunk), `${JSON.stringify(text.slice(0, 20))} / ${chunk}`).toEqual(scan.cuts);
      }
    }
  });

  it('lineCuts() looks past its 64 KiB window for a line break, and leaves a line over 1 MiB in one piece', async () => {
    const long = 'x'.repeat(100_000);
    const text = `a\n${long}\n${long}\nend`;
    expect(await lineCuts(new Blob([text]), 10)).toEqual([0, 100_003, 200_004, text.length]);
    const huge = `a\n${'y'.repeat((1 << 20) + 10)}\nz\n`;
    expect(await lineCuts(new Blob([huge]), 10)).toEqual([0, huge.length]);
  });

  it('lineCuts() gives one piece for a file shorter than a chunk, and for an empty file', async () => {
    expect(await lineCuts(new Blob(['a,b\n1,2\n']), 1000)).toEqual([0, 8]);
    expect(await lineCuts(new Blob([]), 1000)).toEqual([0, 0]);
  });
});
