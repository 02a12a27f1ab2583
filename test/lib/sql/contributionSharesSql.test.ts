import { beforeAll, describe, expect, it } from 'vitest';
import { contributionSharesSql } from '../../../src/lib/sql/contributionSharesSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('contributionSharesSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
  });

  it('contributionSharesSql() gives revenue, Pareto cumulative and customer shares, largest first and the NULL key last', () => {
    const sql = `WITH g(key, revenue, customers, orders, margin) AS (VALUES ('a', 20.0, 1, 1, NULL), (NULL, 50.0, 2, 2, NULL), ('b', 30.0, 1, 3, NULL)),
t AS (SELECT 100.0 AS revenue, 4 AS customers)
${contributionSharesSql()}`;
    const rows = queryRows(conn, sql).map((r) => [r.key, Number(r.revenue_share), Number(r.cumulative_share), Number(r.customer_share)]);
    expect(rows).toEqual([['b', 0.3, 0.3, 0.25], ['a', 0.2, 0.5, 0.25], [null, 0.5, 1, 0.5]]);
  });
});
