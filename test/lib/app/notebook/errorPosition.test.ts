import { describe, expect, it } from 'vitest';
import { errorPosition } from '../../../../src/lib/app/notebook/errorPosition';
import { viewSql } from '../../../../src/lib/notebook/viewSql';
import { openNodeDuckDB } from '../../../../workers/db/node-duckdb';

let db: ReturnType<typeof openNodeDuckDB> | undefined;

async function positionOf(sql: string) {
  const { conn } = await (db ??= openNodeDuckDB());
  const statement = viewSql({ id: 'a', kind: 'sql', name: 'a', sql });
  try {
    conn.query(statement);
  } catch (e) {
    return errorPosition((e as Error).message, statement, sql);
  }
  throw new Error('expected the statement to fail');
}

describe('errorPosition', () => {
  it('errorPosition() finds the line and column of DuckDB errors in the cell text', async () => {
    expect(await positionOf('SELECT 1 FORM x')).toEqual({ line: 1, column: 15 });
    expect(await positionOf('SELECT 1 AS x,\n  nope + 1 AS y\nFROM range(3)')).toEqual({ line: 2, column: 3 });
    expect(await positionOf('SELECT 1 AS x\nFROM range(3)\nWHERE x >< 2')).toEqual({ line: 3, column: 9 });
    expect(await positionOf('SELECT * FROM missing_table')).toEqual({ line: 1, column: 15 });
  });

  it('errorPosition() finds the column when DuckDB cuts a long line with ...', async () => {
    const sql = `SELECT '${'a'.repeat(120)}' AS s, zzz FROM range(2)`;
    expect(await positionOf(sql)).toEqual({ line: 1, column: sql.indexOf('zzz') + 1 });
  });

  it('errorPosition() returns null without a LINE and the line alone without a caret', () => {
    expect(errorPosition('Catalog Error: Existing object t is of type Table', 'x', 'x')).toBeNull();
    expect(errorPosition('Parser Error: x\n\nLINE 2: foo', 'a\nfoo', 'a\nfoo')).toEqual({ line: 2 });
  });
});
