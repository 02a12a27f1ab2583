import { describe, expect, it } from 'vitest';
import { scanAside } from '../../../../workers/import/fast/scanAside';
import { scanCsvBytes } from '../../../../workers/import/fast/scanCsvBytes';

describe('scanAside', () => {
  it("scanAside() gives scanCsvBytes's whole-file answer where no worker can start (Node), refusals included", async () => {
    const ok = new Blob(['a,b,c\r\n1,2,3\r\n\r\n4, 5,6\r\n']);
    expect(await (await scanAside(ok, ',', 3)).result).toEqual(await scanCsvBytes(ok, ',', 3));
    expect(await (await scanAside(ok, ',', 3)).result).toMatchObject({ lines: 4, crlf: true, blank: [3], spaces: true });
    expect(await (await scanAside(new Blob(['a,b,c\n1,"2\n3",4\n']), ',', 3)).result).toContain('does not close on its line');
  });
});
