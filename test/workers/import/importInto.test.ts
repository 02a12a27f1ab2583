import { describe, it, expect, beforeAll } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';

describe('importInto', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
  });

  for (const fastPath of [true, false]) {
    it(`importFile() imports a file with a "line" column and a second "Region", naming what it left out (fastPath ${fastPath})`, async () => {
      const csv = 'customer_id,order_date,amount,line,region,Region\nC1,2024-01-05,10.5,1,North,N\nC2,2024-01-06,4,2,South,S\n';
      const report = await engine.importFile(new File([csv], 'lines.csv'), { fastPath });
      expect(report.outcome).toBe('import');
      expect(report.rows_imported).toBe(2);
      expect(report.warnings.some((w) => w.includes('"line"') && w.includes('"Region"') && w.includes('not imported'))).toBe(true);
      const rows = engine.query('SELECT line, region FROM transactions ORDER BY line').toArray().map((r) => r.toJSON());
      expect(rows).toEqual([{ line: 2, region: 'North' }, { line: 3, region: 'South' }]);
    });
  }
});
