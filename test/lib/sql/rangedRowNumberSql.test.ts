import { beforeAll, describe, expect, it } from 'vitest';
import { rangedRowNumberSql } from '../../../src/lib/sql/rangedRowNumberSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('rangedRowNumberSql', () => {
  let conn: Conn;
  /** [id, n] of `table` in id order. */
  const numbers = (table: string) => queryRows(conn, `SELECT id, n FROM ${table} ORDER BY id`).map((r) => [r.id, r.n]);
  const run = (sqls: string[]) => sqls.forEach((s) => conn.query(s));
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    // 3,000 rows over 13 values (long runs of ties, so cuts land inside them), negatives and NULLs.
    conn.query(`CREATE TABLE src AS SELECT 'c' || lpad(i::VARCHAR, 5, '0') AS id,
      CASE WHEN i % 97 = 0 THEN NULL ELSE ((i * 37) % 13 - 3)::DOUBLE END AS value, i AS rid FROM range(3000) t(i)`);
  });

  for (const desc of [true, false]) {
    it(`rangedRowNumberSql() numbers ${desc ? 'descending' : 'ascending'} exactly as one window, for 1 to 7 ranges`, () => {
      conn.query(`CREATE OR REPLACE TABLE whole AS SELECT id, row_number() OVER (ORDER BY value${desc ? ' DESC' : ''} NULLS LAST, id)::INTEGER AS n FROM src`);
      const expected = numbers('whole');
      for (let parts = 1; parts <= 7; parts++) {
        run(rangedRowNumberSql({ source: 'src', value: 'value', id: 'id', desc, columns: 'id, rid', as: 'n', table: 'ranked', parts }));
        expect(numbers('ranked'), `parts ${parts}`).toEqual(expected);
      }
      // The last numbers are the NULLs' (31 of them), in id order.
      const nulls = queryRows(conn, 'SELECT min(n) AS lo, max(n) AS hi FROM ranked JOIN src USING (id) WHERE value IS NULL')[0]!;
      expect([nulls.lo, nulls.hi]).toEqual([3000 - 31 + 1, 3000]);
    });
  }

  it('rangedRowNumberSql() numbers a source of NULLs only, or of no rows', () => {
    conn.query('CREATE OR REPLACE TABLE nulls AS SELECT id, NULL::DOUBLE AS value FROM src WHERE rid < 5');
    run(rangedRowNumberSql({ source: 'nulls', value: 'value', id: 'id', desc: true, columns: 'id', as: 'n', table: 'ranked', parts: 3 }));
    expect(numbers('ranked')).toEqual([['c00000', 1], ['c00001', 2], ['c00002', 3], ['c00003', 4], ['c00004', 5]]);
    run(rangedRowNumberSql({ source: '(SELECT * FROM src WHERE false) AS e', value: 'value', id: 'id', desc: false, columns: 'id', as: 'n', table: 'ranked', parts: 4 }));
    expect(numbers('ranked')).toEqual([]);
  });

  it('rangedRowNumberSql() writes one statement for one range, and resets its variables after several', () => {
    const one = rangedRowNumberSql({ source: 'src', value: 'value', id: 'id', desc: true, columns: 'rid', as: 'value_rank', table: 'r', temp: true, parts: 1 });
    expect(one).toEqual(['CREATE OR REPLACE TEMP TABLE r AS SELECT rid, (row_number() OVER (ORDER BY value DESC NULLS LAST, id))::INTEGER AS value_rank\nFROM src']);
    const three = rangedRowNumberSql({ source: 'src', value: 'value', id: 'id', desc: false, columns: 'rid', as: 'pos', table: 'r', parts: 3 });
    expect(three[0]).toBe('SET VARIABLE __ranged_cuts = (SELECT list_sort(approx_quantile(value, [0.3333333333333333, 0.6666666666666666]::FLOAT[])) FROM src)');
    expect(three.slice(-2)).toEqual(['RESET VARIABLE __ranged_cuts', 'RESET VARIABLE __ranged_offset']);
    run(three);
    expect(queryRows(conn, "SELECT getvariable('__ranged_cuts') AS c")[0]!.c).toBeNull();
  });

  it('rangedRowNumberSql() refuses a number of ranges it cannot make', () => {
    const o = { source: 'src', value: 'value', id: 'id', desc: true, columns: 'rid', as: 'n', table: 'r' };
    expect(() => rangedRowNumberSql({ ...o, parts: 0 })).toThrow('invalid parts: 0 (expected 1..1000)');
    expect(() => rangedRowNumberSql({ ...o, parts: 2.5 })).toThrow('invalid parts: 2.5 (expected 1..1000)');
  });
});
