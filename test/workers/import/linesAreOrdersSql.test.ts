import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { linesAreOrdersSql } from '../../../workers/import/linesAreOrdersSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('linesAreOrdersSql', () => {
  let conn: Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
  });

  it('linesAreOrdersSql() marks a table, and the mark goes when the table is made anew', () => {
    expect(linesAreOrdersSql("it's")).toBe(`COMMENT ON TABLE "it's" IS 'segbook: every line is an order of its own'`);
    conn.query('CREATE TABLE t (a INTEGER)');
    expect(queryRows(conn, linesAreOrdersSql.read('t'))).toEqual([{ yes: false }]);
    conn.query(linesAreOrdersSql('t'));
    expect(queryRows(conn, linesAreOrdersSql.read('t'))).toEqual([{ yes: true }]);
    // Renamed, it keeps the mark (the import swaps its staging table in); replaced, it has none.
    conn.query('ALTER TABLE t RENAME TO u');
    expect(queryRows(conn, linesAreOrdersSql.read('u'))).toEqual([{ yes: true }]);
    conn.query('CREATE OR REPLACE TABLE u AS SELECT 1 AS a');
    expect(queryRows(conn, linesAreOrdersSql.read('u'))).toEqual([{ yes: false }]);
    // Another comment is not the mark, and no table gives no row.
    conn.query("COMMENT ON TABLE u IS 'mine'");
    expect(queryRows(conn, linesAreOrdersSql.read('u'))).toEqual([{ yes: false }]);
    expect(queryRows(conn, linesAreOrdersSql.read('none'))).toEqual([]);
    // A table of the same name in another attached database is not this one.
    conn.query(`ATTACH ':memory:' AS other; CREATE TABLE other.main.u (a INTEGER); ${linesAreOrdersSql('other.main.u').replace('"other.main.u"', 'other.main.u')}`);
    expect(queryRows(conn, linesAreOrdersSql.read('u'))).toEqual([{ yes: false }]);
  });
});
