import { beforeAll, describe, expect, it } from 'vitest';
import { basketMeasuresSql } from '../../../src/lib/sql/basketMeasuresSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// 10 baskets: x in 4, y in 5, z in 2; x+y together in 3, y+z in 1.
const CTES = `WITH n AS (SELECT 10::DOUBLE AS baskets),
single(item, cnt) AS (VALUES ('x', 4::BIGINT), ('y', 5::BIGINT), ('z', 2::BIGINT)),
pairs(a, b, cnt) AS (VALUES ('y', 'z', 1::BIGINT), ('x', 'y', 3::BIGINT))
`;

describe('basketMeasuresSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
  });

  it('basketMeasuresSql() gives support, confidence both ways and lift, best lift first', () => {
    const rows = queryRows(conn, CTES + basketMeasuresSql({ minSupport: 0 }));
    expect(rows).toEqual([
      { a: 'x', b: 'y', baskets: 3, support: 0.3, confidence: 0.75, confidence_ba: 0.6, lift: 1.5 },
      { a: 'y', b: 'z', baskets: 1, support: 0.1, confidence: 0.2, confidence_ba: 0.5, lift: 1 },
    ]);
  });

  it('basketMeasuresSql() keeps pairs at or above minSupport, at most limit of them, and names a bad limit', () => {
    expect(queryRows(conn, CTES + basketMeasuresSql({ minSupport: 0.15 })).map((r) => r.b)).toEqual(['y']);
    expect(queryRows(conn, CTES + basketMeasuresSql({ minSupport: 0.1 })).map((r) => r.b)).toEqual(['y', 'z']);
    expect(queryRows(conn, CTES + basketMeasuresSql({ minSupport: 0, limit: 1 }))).toHaveLength(1);
    expect(() => basketMeasuresSql({ limit: 1.5 })).toThrow('invalid limit: 1.5 (expected an integer)');
    expect(() => basketMeasuresSql({ minSupport: 2 })).toThrow(/minSupport/);
  });
});
