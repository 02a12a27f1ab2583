import { describe, expect, it } from 'vitest';
import { openAsBlob } from 'node:fs';
import { Engine } from '../../../../workers/engine';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { badBigFile } from '../../../helpers/badBigFile';

// huge_cell_20mb.csv: line 4 has one quoted cell of 20 MiB; the meta sidecar names it. A correct
// import rejects that row naming line 4 and the limit, and imports the other rows.
describe('huge_cell_20mb.csv through the Node engine', () => {
  for (const fastPath of [undefined, false]) {
    it(`Engine.importFile() rejects the 20 MiB cell's row by line and limit, imports the rest (fastPath: ${fastPath})`, async () => {
      const { path, meta } = badBigFile('cell');
      const cell = meta.huge_cell as { line: number; chars: number };
      const engine = await Engine.open(openNodeDuckDB);
      const report = await engine.importFile(await openAsBlob(path), { today: '2026-06-30', fastPath });
      expect(report.outcome).toBe('import');
      expect(report.rows_read).toBe(meta.rows);
      expect(report.rows_imported).toBe(meta.rows - 1);
      expect(report.rejected).toEqual([{ line: cell.line, reason: 'field 6 is longer than 1048576 characters (the limit)' }]);
      expect(cell.chars).toBeGreaterThan(1048576);
      const longest = engine.query('SELECT max(length(note)) AS n FROM transactions').toArray()[0].toJSON().n;
      expect(Number(longest)).toBe(2);
    }, 300_000);
  }
});
