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

  it('importFile() keeps a small file\'s text uncompressed (dict_fsst off) and reports its steps', async () => {
    // Repeated ids: DuckDB would pick DICT_FSST for them were it allowed.
    const csv = 'customer_id,order_date,amount\n' + Array.from({ length: 3000 }, (_, i) => `C${i % 10},2024-01-0${1 + (i % 9)},${i}`).join('\n') + '\n';
    const report = await engine.importFile(new File([csv], 'small.csv'));
    expect(report.rows_imported).toBe(3000);
    expect(Object.keys(report.steps ?? {})).toEqual(expect.arrayContaining(['sniff', 'scan', 'read', 'summary']));
    engine.exec('CHECKPOINT');
    const kinds = engine.query("SELECT DISTINCT compression AS c FROM pragma_storage_info('transactions') WHERE column_name = 'customer_id' AND segment_type = 'VARCHAR'")
      .toArray().map((r) => r.toJSON().c);
    expect(kinds).toEqual(['Uncompressed']);
    expect(engine.query("SELECT current_setting('disabled_compression_methods') AS d").toArray()[0].toJSON().d).toBe('FSST,DICT_FSST');
    // Nor is it checkpointed by DuckDB on its own (storageSettings): the threshold is far above its size.
    expect(engine.query("SELECT current_setting('checkpoint_threshold') AS t").toArray()[0].toJSON().t).toBe('931.3 GiB');
  });
});
