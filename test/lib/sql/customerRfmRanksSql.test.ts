import { beforeAll, describe, expect, it } from 'vitest';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { customerRfmRanksSql } from '../../../src/lib/sql/customerRfmRanksSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('customerRfmRanksSql', () => {
  let conn: Conn;
  /** Run `sqls`, then [customer_id, value, value_rank] of table k by rank, read through rid = the base table's rowid. */
  const ranks = (sqls: string[]) => {
    for (const sql of sqls) conn.query(sql);
    return queryRows(conn, 'SELECT b.customer_id, k.value, k.value_rank FROM k JOIN (SELECT rowid AS rid, customer_id FROM base) AS b USING (rid) ORDER BY k.value_rank')
      .map((r) => [r.customer_id, r.value, r.value_rank]);
  };
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
    conn.query(`CREATE TABLE base AS ${customerBaseSql()}`);
    conn.query("CREATE TABLE pred AS SELECT * FROM (VALUES (1, 'e', 3.5), (2, 'a', 3.5)) AS v(n, cid, clv)");
  });

  it('customerRfmRanksSql() ranks by net revenue, ties by customer_id, keyed by the base rowid', () => {
    const sqls = customerRfmRanksSql(undefined, 'base', 'k');
    expect(sqls).toHaveLength(1);
    expect(sqls[0]).toContain('FROM (SELECT rowid AS rid, customer_id, revenue, margin FROM base) AS s\n) AS valued');
    const expected = [['e', 40, 1], ['d', 30, 2], ['b', 20, 3], ['c', 20, 4], ['a', 10, 5], ['f', -5, 6]];
    expect(ranks(sqls)).toEqual(expected);
    // In value ranges (the sliced build): the same ranks, the tie b/c kept in one range.
    for (const parts of [2, 3, 4]) expect(ranks(customerRfmRanksSql(undefined, 'base', 'k', parts)), `parts ${parts}`).toEqual(expected);
  });

  it('customerRfmRanksSql() ranks by margin, or by a table value with 0 for customers missing there', () => {
    // margin = amount - cost: a 9, b 18, c 18, d 15 + 5, e -5 + 6, f 4 - 8.
    expect(ranks(customerRfmRanksSql('margin', 'base', 'k', 2))).toEqual([['d', 20, 1], ['b', 18, 2], ['c', 18, 3], ['a', 9, 4], ['e', 1, 5], ['f', -4, 6]]);
    expect(ranks(customerRfmRanksSql({ table: 'pred', column: 'clv', id: 'cid' }, 'base', 'k', 3))).toEqual([
      ['a', 3.5, 1], ['e', 3.5, 2], ['b', 0, 3], ['c', 0, 4], ['d', 0, 5], ['f', 0, 6],
    ]);
  });
});
