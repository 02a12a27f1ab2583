import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../workers/import/readRecords';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { writeParquet } from '../../helpers/writeParquet';

// 10,000 orders in row groups of about 2,048; row 7,000 (line 7,002) has no customer.
const SELECT = `SELECT CASE WHEN i = 7000 THEN NULL ELSE 'C' || (i % 97) END AS customer_id,
  DATE '2024-01-01' + (i % 300)::INTEGER AS order_date, i / 4 AS amount FROM range(10000) t(i)`;

describe('readRecords()', () => {
  it('readRecords() sniffs a Parquet file from its first row group and then gives every row, numbered as lines', async () => {
    const bytes = await writeParquet(SELECT, 2048);
    const table = await readRecords(new Blob([bytes]), 'parquet', {});
    expect(table.rows).toBe(10_000);
    expect(table.sniff.headers).toEqual(['customer_id', 'order_date', 'amount']);
    expect(table.sniff.mapping).toMatchObject({ customer_id: 'customer_id', order_date: 'order_date', amount: 'amount' });
    const lines: number[] = [];
    let batches = 0;
    for await (const batch of table.records) {
      batches++;
      for (const r of batch) lines.push(r.line);
    }
    expect(batches).toBeGreaterThan(2);
    expect(lines).toEqual(Array.from({ length: 10_001 }, (_, i) => i + 1));
  });

  it('importFile() imports a many-row-group Parquet file and names the bad row by its line', async () => {
    const engine = await Engine.open(openNodeDuckDB);
    const bytes = await writeParquet(SELECT, 2048);
    const report = await engine.importFile(new File([bytes], 'orders.parquet'));
    expect(report.outcome).toBe('import');
    expect(report.rows_imported).toBe(9_999);
    expect(report.rejected.map((r) => r.line)).toEqual([7002]);
    const [sum] = engine.query('SELECT sum(amount)::DOUBLE AS s, min(line) AS lo, max(line) AS hi FROM transactions').toArray().map((r) => r.toJSON());
    expect(sum).toEqual({ s: (9999 * 10000) / 8 - 7000 / 4, lo: 2, hi: 10_001 });
  });
});
