import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ImportOptions, ImportReport } from '../../workers/protocol';
import { makeXlsx } from '../workers/ingest/fixtures/makeXlsx';
import { makeParquet } from '../workers/ingest/fixtures/makeParquet';

/** What the suite needs from an engine, whether called in-process or through the worker. */
export interface EngineDriver {
  importBytes(name: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportReport>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Resolves with the error message, or null when the SQL ran. */
  failure(sql: string): Promise<string | null>;
  /** tableIPC(table) as the device copy takes it, then insertIPC() of those bytes as `into`. */
  copy(table: string, into: string): Promise<void>;
  close(): Promise<void>;
}

const BAD = new URL('../../../shared/data/bad/', import.meta.url);
const bad = (name: string) => new Uint8Array(readFileSync(new URL(name, BAD)));

/**
 * The engine's behaviour, written once and run twice (duckdb-wasm's suite-factory pattern):
 * against Engine in Node (test/workers/engine.test.ts) and through the real worker in headless
 * Chromium (test/e2e/engineWorker.test.ts).
 */
export function engineSuite(where: string, open: () => Promise<EngineDriver>): void {
  describe(`Engine (${where})`, () => {
    let engine: EngineDriver;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('importFile() reads a GBK file with Chinese headers and keeps the text intact', async () => {
      const report = await engine.importBytes('gbk_chinese_headers.csv', bad('gbk_chinese_headers.csv'));
      expect(report.outcome).toBe('import');
      expect(report.encoding).toMatch(/^(gbk|gb18030)$/);
      expect(report.rows_imported).toBe(16);
      expect(report.customers).toBe(8);
      expect(report.total_amount).toBeCloseTo(2430.6, 2);
      const [row] = await engine.rows("SELECT product, region, order_date::VARCHAR AS d FROM transactions WHERE line = 17");
      expect(row).toEqual({ product: '意大利面', region: '东北', d: '2024-06-01' });
    });

    it('importFile() keeps leading zeros in customer ids', async () => {
      const report = await engine.importBytes('leading_zero_ids.csv', bad('leading_zero_ids.csv'));
      expect(report.customers).toBe(10);
      const ids = (await engine.rows('SELECT DISTINCT customer_id AS id FROM transactions ORDER BY 1')).map((r) => r.id);
      expect(ids).toContain('00123');
      expect(ids).toContain('000456');
      expect(ids).toContain('123');
    });

    it('importFile() refuses an empty file and leaves the previous data in place', async () => {
      await engine.importBytes('utf8_bom.csv', bad('utf8_bom.csv'));
      const report = await engine.importBytes('empty.csv', bad('empty.csv'));
      expect(report.outcome).toBe('refused');
      expect(report.message).toMatch(/empty/i);
      const [{ n }] = (await engine.rows('SELECT count(*) AS n FROM transactions')) as [{ n: number }];
      expect(n).toBe(10);
    });

    it('importFile() names rejected lines of a ragged file', async () => {
      const report = await engine.importBytes('ragged_rows.csv', bad('ragged_rows.csv'));
      const named = new Set([...report.rejected, ...report.excluded].map((n) => n.line));
      for (const line of [4, 5, 6, 8]) expect(named.has(line) || report.warnings.some((w) => w.includes(`line ${line}`))).toBe(true);
      expect(report.rows_read).toBe(report.rows_imported + report.rows_rejected + report.excluded.length);
    });

    it('importFile() reads the chosen sheet of an Excel workbook', async () => {
      const book = makeXlsx({
        Notes: [['just notes']],
        Orders: [
          ['客户编号', '下单日期', '金额', '商品'],
          ['00123', { serial: 45296 }, 19.99, '咖啡豆'],
          ['C2', { serial: 45297 }, 1234.5, '茶'],
          ['00123', { serial: 45300 }, 5, '茶'],
        ],
      });
      const report = await engine.importBytes('orders.xlsx', book, { sheet: 'Orders' });
      expect(report.outcome).toBe('import');
      expect(report.rows_imported).toBe(3);
      expect(report.customers).toBe(2);
      expect(report.total_amount).toBeCloseTo(1259.49, 2);
      expect(report.first_date).toBe('2024-01-05');
      const ids = (await engine.rows('SELECT DISTINCT customer_id AS id FROM transactions ORDER BY 1')).map((r) => r.id);
      expect(ids).toEqual(['00123', 'C2']);
    });

    it('importFile() reads a Parquet file without any DuckDB extension', async () => {
      const file = makeParquet([
        { name: 'customer_id', type: 'string', values: ['00123', 'C2', '客户3'] },
        { name: 'order_date', type: 'date', values: [19727, 19728, 19729] },
        { name: 'amount', type: 'double', values: [19.99, 5, -2.5] },
      ]);
      const report = await engine.importBytes('orders.parquet', file);
      expect(report.outcome).toBe('import');
      expect(report.rows_imported).toBe(3);
      expect(report.total_amount).toBeCloseTo(22.49, 2);
      expect(report.returns).toBe(1);
      const [row] = await engine.rows("SELECT order_date::VARCHAR AS d FROM transactions WHERE customer_id = '客户3'");
      expect(row).toEqual({ d: '2024-01-07' });
    });

    it('tableIPC() streams a table that insertIPC() makes again, row for row', async () => {
      // Several of DuckDB's 2,048-row chunks, every type the transactions table has, and NULLs.
      await engine.rows(`CREATE OR REPLACE TABLE copy_src AS SELECT range::INTEGER AS line, 'C' || (range % 97) || '客户' AS customer_id,
  CASE WHEN range % 11 = 0 THEN NULL ELSE DATE '2024-01-01' + (range % 400)::INTEGER END AS order_date,
  CASE WHEN range % 13 = 0 THEN NULL ELSE range / 8.0 - 3 END AS amount FROM range(5000)`);
      await engine.copy('copy_src', 'copy_dst');
      const [row] = await engine.rows(`SELECT (SELECT count(*) FROM copy_dst)::INTEGER AS n,
  (SELECT count(*) FROM (SELECT * FROM copy_src EXCEPT ALL SELECT * FROM copy_dst))::INTEGER AS missing,
  (SELECT count(*) FROM (SELECT * FROM copy_dst EXCEPT ALL SELECT * FROM copy_src))::INTEGER AS extra`);
      expect(row).toEqual({ n: 5000, missing: 0, extra: 0 });
      const types = await engine.rows("SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = 'copy_dst' ORDER BY ordinal_position");
      expect(types).toEqual([{ c: 'line', t: 'INTEGER' }, { c: 'customer_id', t: 'VARCHAR' }, { c: 'order_date', t: 'DATE' }, { c: 'amount', t: 'DOUBLE' }]);
      // An empty table keeps its columns.
      await engine.rows('CREATE OR REPLACE TABLE copy_src AS SELECT * FROM copy_src LIMIT 0');
      await engine.copy('copy_src', 'copy_dst');
      expect(await engine.rows("SELECT count(*)::INTEGER AS n, (SELECT count(*) FROM information_schema.columns WHERE table_name = 'copy_dst')::INTEGER AS cols FROM copy_dst")).toEqual([{ n: 0, cols: 4 }]);
      await engine.rows('DROP TABLE copy_src; DROP TABLE copy_dst');
    });

    it('query() runs with extension autoloading switched off', async () => {
      const [row] = await engine.rows("SELECT current_setting('autoload_known_extensions') AS auto");
      expect(row?.auto).toBe(false);
    });

    it('query() reports the DuckDB error for bad SQL', async () => {
      expect(await engine.failure('SELECT no_such_column FROM transactions')).toMatch(/no_such_column/);
    });
  });
}
