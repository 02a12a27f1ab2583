import { beforeAll, describe, expect, it } from 'vitest';
import { rfmCutsSql } from '../../../src/lib/sql/rfmCutsSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('rfmCutsSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    // 1,000 customers: recency 0..999, frequency 1..10, monetary 0.5 steps; NULL monetary ignored.
    conn.query(`CREATE TABLE c AS SELECT i AS recency_days, i % 10 + 1 AS frequency,
      CASE WHEN i % 100 = 0 THEN NULL ELSE i / 2 END AS monetary FROM range(1000) t(i)`);
  });

  it('rfmCutsSql() gives each measure the quantile_cont cut points, in long form', () => {
    const rows = queryRows(conn, rfmCutsSql({ source: 'c', bins: 4 }));
    const direct = queryRows(conn, `SELECT quantile_cont(recency_days::DOUBLE, [1/4, 2/4, 3/4]) AS r,
      quantile_cont(frequency::DOUBLE, [1/4, 2/4, 3/4]) AS f, quantile_cont(monetary::DOUBLE, [1/4, 2/4, 3/4]) AS m FROM c`)[0]!;
    const of = (m: string) => rows.filter((r) => r.measure === m).map((r) => r.cut);
    expect(rows.map((r) => `${r.measure}${r.k}`)).toEqual(['r1', 'r2', 'r3', 'f1', 'f2', 'f3', 'm1', 'm2', 'm3']);
    expect(of('r')).toEqual([...(direct.r as number[])]);
    expect(of('f')).toEqual([...(direct.f as number[])]);
    expect(of('m')).toEqual([...(direct.m as number[])]);
    expect(of('r')).toEqual([249.75, 499.5, 749.25]);
  });

  it('rfmCutsSql({ lists }) reads cut points already taken, in the same long form', () => {
    conn.query(`CREATE OR REPLACE TABLE lists AS SELECT quantile_cont(recency_days::DOUBLE, [1/4, 2/4, 3/4]) AS r_cuts,
      quantile_cont(frequency::DOUBLE, [1/4, 2/4, 3/4]) AS f_cuts, quantile_cont(monetary::DOUBLE, [1/4, 2/4, 3/4]) AS m_cuts FROM c`);
    const sql = rfmCutsSql({ bins: 4, lists: 'lists' });
    expect(sql).not.toContain('quantile_cont');
    expect(queryRows(conn, sql)).toEqual(queryRows(conn, rfmCutsSql({ source: 'c', bins: 4 })));
  });

  it('rfmCutsSql() takes each quantile in its own aggregate, so one holds its values at a time', () => {
    const sql = rfmCutsSql({ source: 'c', bins: 5 });
    expect(sql).toContain('WITH r AS (SELECT quantile_cont(recency_days::DOUBLE, [1/5, 2/5, 3/5, 4/5]) AS r FROM c),');
    expect(sql).toContain('f AS (SELECT quantile_cont(frequency::DOUBLE, [1/5, 2/5, 3/5, 4/5]) AS f FROM c),');
    expect(sql).toContain('m AS (SELECT quantile_cont(monetary::DOUBLE, [1/5, 2/5, 3/5, 4/5]) AS m FROM c),');
  });
});
