import { beforeAll, describe, expect, it } from 'vitest';
import { savedRfmCutsSql } from '../../../src/lib/sql/savedRfmCutsSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('savedRfmCutsSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
  });

  it('savedRfmCutsSql.existsSql says whether the temp table is there; savedRfmCutsSql() reads it in r, f, m order by k', () => {
    expect(queryRows(conn, savedRfmCutsSql.existsSql)).toEqual([{ n: 0 }]);
    conn.query(`CREATE TEMP TABLE ${savedRfmCutsSql.TABLE} AS SELECT * FROM (VALUES ('m', 2, 9::DOUBLE), ('r', 2, 40::DOUBLE), ('f', 1, 1::DOUBLE), ('r', 1, 20::DOUBLE), ('m', 1, 5::DOUBLE)) AS v(measure, k, cut)`);
    expect(queryRows(conn, savedRfmCutsSql.existsSql)).toEqual([{ n: 1 }]);
    expect(queryRows(conn, savedRfmCutsSql()).map((r) => `${r.measure}${r.k}=${r.cut}`)).toEqual(['r1=20', 'r2=40', 'f1=1', 'm1=5', 'm2=9']);
    // Not among the user's tables (Engine.tables(): the current database's): a temp table is in the temp catalog.
    expect(queryRows(conn, `SELECT table_catalog AS c FROM information_schema.tables WHERE table_name = '${savedRfmCutsSql.TABLE}'`)).toEqual([{ c: 'temp' }]);
    expect(queryRows(conn, 'SELECT current_database() AS d')).toEqual([{ d: 'segbook' }]);
  });
});
