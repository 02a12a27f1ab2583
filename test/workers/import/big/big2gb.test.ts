import { describe, expect, it } from 'vitest';
import { openAsBlob } from 'node:fs';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { badBigFile } from '../../../helpers/badBigFile';

// big_2gb.csv: valid transactions just over 2 GiB (29,856,805 rows with seed 42), more than a
// JavaScript string or Buffer holds: the import must stream it and count every row.
describe('big_2gb.csv through the Node engine', () => {
  it('Engine.importFile() streams the 2 GiB file and imports every row the meta file counts', async () => {
    const { path, meta } = badBigFile('big');
    expect(meta.bytes).toBeGreaterThan(2 ** 31);
    const engine = await Engine.open(openNodeDuckDB);
    let progress = 0;
    const report = await engine.importFile(await openAsBlob(path), { today: '2026-06-30' }, (p) => { progress = p.bytesRead; });
    expect(report.outcome).toBe('import');
    expect(report.rows_read).toBe(meta.rows);
    expect(report.rows_imported).toBe(meta.rows);
    expect(report.bytes_read).toBe(meta.bytes);
    expect(progress).toBe(meta.bytes);
    expect(report.customers).toBe(meta.customers);
  }, 1_800_000);
});
