import { describe, it, expect, beforeAll } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { linesAreOrdersSql } from '../../../workers/import/linesAreOrdersSql';
import type { ImportReport } from '../../../workers/protocol';

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

  it('importFile() gives the same customers, orders and totals whether the fast path counted them before its duplicate test or not', async () => {
    // One order id per row (the fast path counts there and skips the test), 7 customers, a return:
    // amounts 0.5..39.5 (800) with 5.5 replaced by -3.25; the latest date is row 8's, 2024-09-18.
    const rows = Array.from({ length: 40 }, (_, i) => `O${i},C${i % 7},2024-0${1 + (i % 9)}-1${i % 10},${i === 5 ? -3.25 : i + 0.5}`);
    const csv = `order_id,customer_id,order_date,amount\n${rows.join('\n')}\n`;
    const pick = ({ customers, orders, total_amount, first_date, last_date, rows_imported }: ImportReport) => ({ customers, orders, total_amount, first_date, last_date, rows_imported });
    const fast = await engine.importFile(new File([csv], 'unique.csv'));
    const ts = await engine.importFile(new File([csv], 'unique.csv'), { fastPath: false });
    expect(fast.steps?.read, 'took the fast path').toBeGreaterThanOrEqual(0);
    expect(pick(fast)).toEqual({ customers: 7, orders: 40, total_amount: 791.25, first_date: '2024-01-10', last_date: '2024-09-18', rows_imported: 40 });
    expect(pick(fast)).toEqual(pick(ts));
  });

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

  for (const fastPath of [true, false]) {
    it(`importFile() marks the table when every line is an order of its own, and only then (fastPath ${fastPath})`, async () => {
      const marked = () => engine.query(linesAreOrdersSql.read('transactions')).toArray()[0]?.toJSON().yes;
      // Order ids all different, and lines without one (each its own order).
      await engine.importFile(new File(['order_id,customer_id,order_date,amount\nO1,C1,2024-01-05,10\nO2,C1,2024-01-06,4\n,C2,2024-01-06,4\n,C2,2024-01-06,4.5\n'], 'a.csv'), { fastPath });
      expect(marked()).toBe(true);
      // O1 has two lines.
      await engine.importFile(new File(['order_id,customer_id,order_date,amount\nO1,C1,2024-01-05,10\nO1,C1,2024-01-05,4\nO2,C2,2024-01-06,4\n'], 'b.csv'), { fastPath });
      expect(marked()).toBe(false);
    });
  }
});
