import { beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../../../src/lib/app/notebook/cellText';
import { chartDataSql, columnKind, columnsSql, countSql, pageSql, type ViewColumn } from '../../../../src/lib/app/notebook/gridSql';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';
import { queryRows } from '../../../helpers/loadTransactions';

describe('grid SQL as text', () => {
  it('columnKind() shows integers as exact text, floats and decimals as numbers, the rest as text', () => {
    expect(['INTEGER', 'BIGINT', 'HUGEINT', 'UBIGINT'].map(columnKind)).toEqual(['int', 'int', 'int', 'int']);
    expect(['DOUBLE', 'FLOAT', 'DECIMAL(18,3)', 'DECIMAL(4, 1)'].map(columnKind)).toEqual(['float', 'float', 'float', 'float']);
    expect(['BOOLEAN', 'DATE', 'VARCHAR', 'TIMESTAMP', 'INTEGER[]', 'STRUCT(a INTEGER)'].map(columnKind)).toEqual(['bool', 'text', 'text', 'text', 'text', 'text']);
  });

  it('pageSql() sorts by the view column (qualified), not the text alias, and pages with LIMIT/OFFSET', () => {
    const cols: ViewColumn[] = [{ name: 'year', type: 'BIGINT', kind: 'int' }, { name: 'a "b"', type: 'DOUBLE', kind: 'float' }];
    expect(pageSql('my view', cols, { limit: 50, offset: 100, sort: { column: 'year', desc: true } })).toBe(
      `SELECT t."year"::VARCHAR AS "year", t."a ""b"""::DOUBLE AS "a ""b"""\nFROM "my view" AS t\nORDER BY t."year" DESC NULLS LAST\nLIMIT 50 OFFSET 100`,
    );
    expect(pageSql('v', cols, { limit: 10, offset: 0 })).toBe(`SELECT t."year"::VARCHAR AS "year", t."a ""b"""::DOUBLE AS "a ""b"""\nFROM "v" AS t\nLIMIT 10 OFFSET 0`);
    expect(() => pageSql('v', cols, { limit: 0, offset: 0 })).toThrow('invalid limit: 0');
    expect(() => pageSql('v', cols, { limit: 10, offset: 0, sort: { column: 'nope', desc: false } })).toThrow('invalid sort: no column "nope"');
    expect(countSql('v')).toBe('SELECT count(*)::DOUBLE AS n FROM "v"');
    expect(columnsSql('v')).toBe('SELECT column_name, column_type FROM (DESCRIBE "v")');
  });
});

describe('grid SQL on DuckDB', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  let cols: ViewColumn[];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(`CREATE VIEW v AS SELECT i AS n, (i * 1.5)::DECIMAL(10,2) AS d, 'x' || (10 - i) AS s,
      DATE '2024-01-01' + i::INTEGER AS day, CASE WHEN i = 3 THEN NULL ELSE i % 2 = 0 END AS b
      FROM range(1, 10) AS r(i)`);
    cols = queryRows(conn, columnsSql('v')).map((r) => ({ name: String(r.column_name), type: String(r.column_type), kind: columnKind(String(r.column_type)) }));
  });

  it('columnsSql() lists the view columns with their types', () => {
    expect(cols.map((c) => `${c.name}:${c.kind}`)).toEqual(['n:int', 'd:float', 's:text', 'day:text', 'b:bool']);
  });

  it('pageSql() returns plain values: integers and dates as text, decimals as numbers', () => {
    const rows = conn.query(pageSql('v', cols, { limit: 3, offset: 2 })).toArray().map((r) => r.toJSON());
    expect(rows).toEqual([
      { n: '3', d: 4.5, s: 'x7', day: '2024-01-04', b: null },
      { n: '4', d: 6, s: 'x6', day: '2024-01-05', b: true },
      { n: '5', d: 7.5, s: 'x5', day: '2024-01-06', b: false },
    ]);
  });

  it('pageSql() sorts numerically on an integer column shown as text, NULLs last', () => {
    conn.query('CREATE VIEW w AS SELECT * FROM (VALUES (2), (10), (NULL), (1)) AS t(k)');
    const wc: ViewColumn[] = [{ name: 'k', type: 'INTEGER', kind: 'int' }];
    const keys = (desc: boolean) => conn.query(pageSql('w', wc, { limit: 10, offset: 0, sort: { column: 'k', desc } })).toArray().map((r) => r.toJSON().k);
    expect(keys(false)).toEqual(['1', '2', '10', null]);
    expect(keys(true)).toEqual(['10', '2', '1', null]);
    expect(Number(conn.query(countSql('w')).getChildAt(0)?.get(0))).toBe(4);
  });

  it('chartDataSql() gives numbers for integer and float columns and text for the rest', () => {
    const rows = conn.query(chartDataSql('v', cols.slice(0, 4), 2)).toArray().map((r) => r.toJSON());
    expect(rows).toEqual([{ n: 1, d: 1.5, s: 'x9', day: '2024-01-02' }, { n: 2, d: 3, s: 'x8', day: '2024-01-03' }]);
  });
});

describe('cellText', () => {
  it('cellText() formats floats for the locale with the exact value kept, and leaves text alone', () => {
    expect(cellText(1234.56789, 'float', 'en')).toEqual({ text: '1,234.5679', exact: '1234.56789', isNull: false });
    expect(cellText(0.5, 'float', 'en')).toEqual({ text: '0.5', exact: undefined, isNull: false });
    expect(cellText(1234.5, 'float', 'zh-CN').text).toBe('1,234.5');
    expect(cellText('2023', 'int', 'en')).toEqual({ text: '2023', isNull: false });
    expect(cellText(null, 'text', 'en', '空')).toEqual({ text: '空', isNull: true });
    expect(cellText('<script>alert(1)</script>', 'text', 'en').text).toBe('<script>alert(1)</script>');
    expect(cellText(Number.NaN, 'float', 'en').text).toBe('NaN');
    expect(cellText(true, 'bool', 'en').text).toBe('true');
  });
});
