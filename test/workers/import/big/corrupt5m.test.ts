import { describe, expect, it } from 'vitest';
import { openAsBlob } from 'node:fs';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { badBigFile, corruptLines } from '../../../helpers/badBigFile';
import { corruptLinesMismatch } from '../../../helpers/corruptLinesMismatch';

// shared/tools/make-bad-big.mjs's corrupt_5m.csv (355 MB, generated once into a temp folder):
// 5,000,000 rows, 50,000 of them corrupt in 8 ways, each listed in corrupt_5m.errors.csv.
describe('corrupt_5m.csv through the Node engine', () => {
  it('Engine.importFile() imports the good rows and reports every corrupt line, and only those', async () => {
    const { path, meta } = badBigFile('corrupt');
    const expected = corruptLines();
    const engine = await Engine.open(openNodeDuckDB);
    const report = await engine.importFile(await openAsBlob(path), { today: '2026-06-30' });

    expect(report.outcome).toBe('import');
    expect(report.rows_read).toBe(meta.rows);
    const mismatch = corruptLinesMismatch(expected, {
      rejected: report.rejected, excluded: report.excluded,
      badBytes: report.invalid_encoding_lines ?? [], strayQuote: report.stray_quote_lines ?? [],
    });
    expect(mismatch).toEqual([]);
    // Lines kept with a flag are imported; the rest of the corrupt lines are not.
    const kept = (report.invalid_encoding_lines?.length ?? 0) + (report.stray_quote_lines?.length ?? 0);
    expect(report.rows_imported).toBe(Number(meta.good_rows) + kept);
    expect(report.rows_rejected + report.excluded.length + kept).toBe(Number(meta.corrupt_rows));
    const n = engine.query('SELECT count(*) AS n FROM transactions').toArray()[0].toJSON().n;
    expect(Number(n)).toBe(report.rows_imported);
  }, 900_000);
});
