import { beforeAll, describe, expect, it } from 'vitest';
import { clvHoldoutSql } from '../../../src/lib/sql/clvHoldoutSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('clvHoldoutSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    conn = (await openNodeDuckDB()).conn;
    conn.query(`CREATE TABLE s AS SELECT * FROM (VALUES (0, 0.0, 10.0, 1), (0, 0.0, 10.0, 0), (3, 2.0, 10.0, 2), (9, 8.0, 10.0, 5), (12, 9.0, 10.0, 1))
      AS v(x, t_x, "T", holdout_x)`);
    conn.query(`CREATE TABLE t AS SELECT * FROM (VALUES (0, 0.0, 10.0, 0.25), (3, 2.0, 10.0, 1.5), (9, 8.0, 10.0, 4.0), (12, 9.0, 10.0, 6.0))
      AS v(x, t_x, "T", expected)`);
  });

  it('clvHoldoutSql() pools x at and above the pool and averages expected and actual purchases per group', () => {
    const rows = conn.query(clvHoldoutSql({ summary: 's', triples: 't', pool: 7 })).toArray().map((r) => r.toJSON());
    expect(rows).toEqual([
      { calibration_purchases: 0, predicted: 0.25, actual: 0.5, customers: 2 },
      { calibration_purchases: 3, predicted: 1.5, actual: 2, customers: 1 },
      { calibration_purchases: 7, predicted: 5, actual: 3, customers: 2 },
    ]);
  });

  it('clvHoldoutSql() refuses a pool that is not a whole number from 1', () => {
    expect(() => clvHoldoutSql({ summary: 's', triples: 't', pool: 0 })).toThrow('invalid pool: 0 (expected a whole number >= 1)');
  });
});
