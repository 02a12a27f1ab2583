import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { overviewNotebook } from '../../../src/lib/notebook/overviewNotebook';
import { scriptImportSql } from '../../../src/lib/notebook/scriptImportSql';
import type { DataSource } from '../../../src/lib/notebook/types';
import { readColumns } from '../../../workers/analyses/readColumns';
import { NativeDuckDB } from '../../../workers/db/native/NativeDuckDB';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';

const ZH = fileURLToPath(new URL('../../../public/samples/shop-zh-CN.csv', import.meta.url));
const source = (over: Partial<DataSource>): DataSource => ({ name: 'transactions', fileName: 'sales.csv', roles: {}, importOptions: {}, ...over });
/** The statement with its placeholder path set to `path`, as the user edits it. */
const at = (sql: string, path: string) => sql.replace(/^SET VARIABLE transactions_file = '.*';$/m, `SET VARIABLE transactions_file = '${path}';`);

let native: NativeDuckDB;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'segbook-import-sql-'));
  native = await NativeDuckDB.open({ threads: 2, tempDirectory: join(dir, 'spill'), filesDirectory: dir });
});
afterAll(async () => {
  await native?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scriptImportSql', () => {
  it('scriptImportSql() reads the file named on an EDIT HERE line with the recorded delimiter, encoding and header', () => {
    const sql = scriptImportSql(source({ importOptions: { delimiter: ';', encoding: 'windows-1252', hasHeader: false } }));
    expect(sql).toContain("-- >>> EDIT HERE: the path of sales.csv on your machine <<<\nSET VARIABLE transactions_file = 'sales.csv';");
    expect(sql).toContain("FROM read_csv(getvariable('transactions_file'), header = false, all_varchar = true, delim = ';', encoding = 'latin-1')");
    expect(sql).toContain('(row_number() OVER () + 0)::INTEGER AS line');
  });

  it('scriptImportSql() says what a CJK encoding, an Excel file or a run-of-spaces delimiter needs', () => {
    expect(scriptImportSql(source({ importOptions: { encoding: 'gbk' } }))).toContain('-- The file is gbk: run INSTALL encodings; LOAD encodings; once');
    expect(scriptImportSql(source({ importOptions: { delimiter: ' ' } }))).toContain('-- The file\'s columns are separated by " "; DuckDB detects the separator itself.');
    const xlsx = scriptImportSql(source({ fileName: 'book.xlsx', importOptions: { sheet: 'Orders' } }));
    expect(xlsx).toContain("read_xlsx(getvariable('transactions_file'), header = true, all_varchar = true, sheet = 'Orders')");
    expect(xlsx).toContain('INSTALL excel; LOAD excel;');
  });

  it('scriptImportSql() run on DuckDB gives the rows the app imports from the Chinese sample', async () => {
    const roles = overviewNotebook('zh-CN').sources[0]!.roles;
    native.exec(at(scriptImportSql(source({ fileName: 'shop-zh-CN.csv', roles })), ZH));
    const wasm = await Engine.open(openNodeDuckDB);
    expect((await wasm.importFile(new File([readFileSync(ZH)], 'shop-zh-CN.csv'), {})).outcome).toBe('import');
    const q = 'SELECT * REPLACE (order_date::VARCHAR AS order_date) FROM transactions ORDER BY line';
    const cols = wasm.query(q).schema.fields.map((f) => f.name);
    expect(native.query(q).schema.fields.map((f) => f.name)).toEqual(cols);
    expect(readColumns(native.query(q), cols)).toEqual(readColumns(wasm.query(q), cols));
  });

  it('scriptImportSql() run on DuckDB reads a headerless file with day-first dates and decimal commas, dropping rows without a customer', () => {
    const file = join(dir, 'nohead.csv');
    writeFileSync(file, 'C1;02.01.2024;1.234,50;x\n;03.01.2024;5,00;y\nC2;2024-01-04;7;z\n');
    const roles = { column_1: 'customer_id', column_2: 'order_date', column_3: 'amount', column_4: 'attribute' };
    native.exec(at(scriptImportSql(source({ roles, importOptions: { hasHeader: false, delimiter: ';', decimalComma: true, dateOrder: 'DMY' } })), file));
    const t = native.query('SELECT line, customer_id, order_date::VARCHAR AS d, amount, column_4 FROM transactions ORDER BY line');
    expect(readColumns(t, ['line', 'customer_id', 'd', 'amount', 'column_4'])).toEqual({
      line: [1, 3], customer_id: ['C1', 'C2'], d: ['2024-01-02', '2024-01-04'], amount: [1234.5, 7], column_4: ['x', 'z'],
    });
  });
});
