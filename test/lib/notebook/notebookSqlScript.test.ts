import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisSql } from '../../../src/lib/app/notebook/analysisSql';
import { notebookSqlScript } from '../../../src/lib/notebook/notebookSqlScript';
import { overviewNotebook } from '../../../src/lib/notebook/overviewNotebook';
import { runCells } from '../../../src/lib/notebook/runCells';
import type { Cell, Notebook } from '../../../src/lib/notebook/types';
import { readColumns } from '../../../workers/analyses/readColumns';
import { NativeDuckDB } from '../../../workers/db/native/NativeDuckDB';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { expectClose } from '../../helpers/expectClose';
import { analysis, chart, md, sql } from './cells';

const SHOP = fileURLToPath(new URL('../../../public/samples/shop.csv', import.meta.url));
const NOW = new Date('2026-11-22T10:00:00Z');
const opts = (nb: Notebook) => ({ analysisSql: (c: Parameters<typeof analysisSql>[0]) => analysisSql(c, { refDate: nb.params.refDate }), now: NOW });
const withCells = (cells: Cell[]): Notebook => ({ ...overviewNotebook('en'), cells });

describe('notebookSqlScript', () => {
  it('notebookSqlScript() starts with a header naming the notebook, the export time and how to run it', () => {
    const nb = overviewNotebook('en');
    const lines = notebookSqlScript(nb, opts(nb)).split('\n');
    expect(lines[0]).toBe('-- Segbook notebook: Customer segmentation overview');
    expect(lines[1]).toBe('-- Exported 2026-11-22T10:00:00.000Z as a plain DuckDB SQL script (DuckDB 1.4 or later).');
    expect(lines.slice(0, 12).join('\n')).toContain('duckdb -c ".read notebook.sql"');
    expect(lines.slice(0, 12).join('\n')).toContain('duckdb mydb.duckdb < notebook.sql');
    expect(lines).toContain('-- >>> EDIT HERE: the path of shop.csv on your machine <<<');
    expect(lines).toContain("SET VARIABLE transactions_file = 'shop.csv';");
  });

  it('notebookSqlScript() writes each SQL and analysis cell as a view, readers after the cells they read', () => {
    const nb = withCells([sql('b', 'SELECT * FROM a'), analysis('a'), sql('c', 'SELECT 1 AS x')]);
    const text = notebookSqlScript(nb, opts(nb));
    const at = (s: string) => text.indexOf(s);
    expect(at('CREATE OR REPLACE VIEW "a" AS WITH')).toBeGreaterThan(at('CREATE OR REPLACE TABLE transactions'));
    expect(at('CREATE OR REPLACE VIEW "b" AS SELECT * FROM a;')).toBeGreaterThan(at('CREATE OR REPLACE VIEW "a"'));
    expect(at('CREATE OR REPLACE VIEW "c" AS SELECT 1 AS x;')).toBeGreaterThan(at('CREATE OR REPLACE VIEW "b"'));
    expect(text).toContain('-- Cell a: the rfm analysis\nCREATE OR REPLACE VIEW "a"');
  });

  it('notebookSqlScript() keeps markdown as comments and names charts, and ends a trailing line comment before the ;', () => {
    const nb = withCells([md('m', '# Title\n\n*/ not a block end\r\nlast'), sql('s', 'SELECT 1 AS k, 2 AS v -- note'), chart('ch', 's')]);
    const text = notebookSqlScript(nb, opts(nb));
    expect(text).toContain('-- # Title\n--\n-- */ not a block end\n-- last');
    expect(text).toContain('CREATE OR REPLACE VIEW "s" AS SELECT 1 AS k, 2 AS v -- note\n;');
    expect(text).toContain('-- Chart: bar of s (x=k, y=v)');
  });

  it('notebookSqlScript() leaves out, as comments saying why, a cell with a bad option, its readers and a cell on customer_clv', () => {
    const nb = withCells([analysis('bad', { bins: 7 }), sql('reader', 'SELECT * FROM bad'), sql('clv', 'SELECT * FROM customer_clv'), sql('two', 'SELECT 1; SELECT 2')]);
    const text = notebookSqlScript(nb, opts(nb));
    expect(text).toContain('-- Left out: options.bins: 7 (expected 3, 4, 5 or 10)');
    expect(text).toContain('-- Left out: it reads bad, which is left out\n--\n-- SELECT * FROM bad');
    expect(text).toContain("-- Left out: it reads customer_clv, which Segbook's CLV fit writes");
    expect(text).toContain("-- Left out: cell two: line 1: a second statement after ';' (a cell holds one query)");
    expect(text).not.toMatch(/^CREATE OR REPLACE VIEW "(bad|reader|clv|two)"/m);
  });

  it('notebookSqlScript() builds customer_rfm and customer_periods only when a cell reads them', () => {
    const plain = withCells([sql('monthly', "SELECT date_trunc('month', order_date) AS month, sum(amount) AS revenue FROM transactions GROUP BY 1")]);
    expect(notebookSqlScript(plain, opts(plain))).not.toContain('CREATE OR REPLACE TABLE customer_rfm');
    // The overview notebook's monthly cell reads customer_periods, which is built from customer_rfm.
    const overview = notebookSqlScript(overviewNotebook('en'), opts(overviewNotebook('en')));
    expect(overview.indexOf('CREATE OR REPLACE TABLE customer_rfm (')).toBeGreaterThan(0);
    expect(overview.indexOf('INSERT INTO customer_rfm BY NAME')).toBeLessThan(overview.indexOf('CREATE OR REPLACE TABLE customer_periods AS'));
    const nb = withCells([sql('seg', 'SELECT segment_cn8, count(*) AS n FROM customer_rfm GROUP BY 1')]);
    const text = notebookSqlScript(nb, opts(nb));
    expect(text).toContain('CREATE OR REPLACE TABLE customer_rfm (');
    expect(text).not.toContain('customer_periods');
    expect(text.indexOf('INSERT INTO customer_rfm BY NAME')).toBeLessThan(text.indexOf('CREATE OR REPLACE VIEW "seg"'));
  });
});

describe('notebookSqlScript() run on native DuckDB', () => {
  const extra: Cell[] = [
    { id: 'life', kind: 'analysis', name: 'life', analysis: 'lifecycle', options: {} },
    { id: 'mx', kind: 'analysis', name: 'mx', analysis: 'matrix', options: {} },
    { id: 'bk', kind: 'analysis', name: 'bk', analysis: 'basket', options: { level: 'category' } },
    { id: 'ct', kind: 'analysis', name: 'ct', analysis: 'contribution', options: { dimension: 'channel' } },
    { id: 'cv', kind: 'analysis', name: 'cv', analysis: 'clv', options: { calibrationEnd: '2024-06-30' } },
    { id: 'wk', kind: 'analysis', name: 'wk', analysis: 'cohorts', options: { period: 'week' } },
    sql('seg', 'SELECT segment_cn8, count(*) AS n, sum(revenue) AS revenue FROM customer_rfm GROUP BY 1'),
    sql('periods', 'SELECT cohort, period, sum(revenue) AS revenue FROM customer_periods GROUP BY ALL'),
    sql('top_tier', "SELECT * FROM pyramid WHERE tier_index = 1"),
    chart('seg-chart', 'seg'),
  ];
  const nb = { ...overviewNotebook('en'), cells: [...overviewNotebook('en').cells, ...extra] };
  const views = nb.cells.flatMap((c) => ('name' in c ? [c.name] : []));
  let wasm: Engine;
  let native: NativeDuckDB;

  beforeAll(async () => {
    // The notebook as the app runs it: the app's import of shop.csv, its tables, then the cells.
    wasm = await Engine.open(openNodeDuckDB);
    const report = await wasm.importFile(new File([readFileSync(SHOP)], 'shop.csv'), {});
    expect(report.outcome).toBe('import');
    wasm.prepareOverview();
    const ran = await runCells(nb.cells, nb.cells.map((c) => c.id), async (s) => wasm.exec(s), undefined, { analysisSql: opts(nb).analysisSql });
    expect(Object.values(ran).filter((r) => r.status !== 'ok')).toEqual([]);
    // The script as a user runs it, the data file's path edited on the EDIT HERE line.
    const dir = mkdtempSync(join(tmpdir(), 'segbook-script-'));
    // One thread: with more, DuckDB adds a customer's amounts in a varying order, sums differ in
    // the last bit and customers of exactly equal revenue can swap value_rank (see the door test).
    native = await NativeDuckDB.open({ threads: 1, tempDirectory: join(dir, 'spill'), filesDirectory: dir });
    native.exec(notebookSqlScript(nb, opts(nb)).replace("SET VARIABLE transactions_file = 'shop.csv';", `SET VARIABLE transactions_file = '${SHOP}';`));
  });
  afterAll(async () => {
    await native?.close();
  });

  it('the script imports the same transactions as the app', () => {
    const q = 'SELECT * REPLACE (order_date::VARCHAR AS order_date) FROM transactions ORDER BY line';
    const cols = wasm.query(q).schema.fields.map((f) => f.name);
    expect(native.query(q).schema.fields.map((f) => f.name)).toEqual(cols);
    expect(readColumns(native.query(q), cols)).toEqual(readColumns(wasm.query(q), cols));
  });

  it.each(views)('the script\'s view %s has the rows the notebook cell has in the app', (name) => {
    const q = `SELECT * FROM "${name}" ORDER BY ALL`;
    const w = wasm.query(q);
    const cols = w.schema.fields.map((f) => f.name);
    const n = native.query(q);
    expect(n.schema.fields.map((f) => f.name)).toEqual(cols);
    expect(n.numRows).toBe(w.numRows);
    expect(w.numRows).toBeGreaterThan(0);
    // Dates compared as text; lists as plain arrays.
    const plain = (t: typeof w) => Object.values(readColumns(t, cols)).map((col) => col.map((v) => (v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v)));
    expectClose(plain(n), plain(w));
  });
});
