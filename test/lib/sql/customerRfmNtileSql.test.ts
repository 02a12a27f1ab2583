import { beforeAll, describe, expect, it } from 'vitest';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { customerRfmNtileSql } from '../../../src/lib/sql/customerRfmNtileSql';
import { rfmSql } from '../../../src/lib/sql/rfmSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('customerRfmNtileSql', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
    conn.query(`CREATE TABLE base AS ${customerBaseSql()}`);
  });

  it("customerRfmNtileSql() gives rfmSql's rank bins, ties broken by customer_id, keyed by the base rowid", () => {
    for (const opts of [{ binning: 'rank' as const }, { binning: 'rank' as const, bins: 3, monetary: 'mean' as const }]) {
      const mine = queryRows(conn, `SELECT b.customer_id, n.r, n.f, n.m FROM (${customerRfmNtileSql(opts, 'base')}) AS n
JOIN (SELECT rowid AS rid, customer_id FROM base) AS b USING (rid) ORDER BY 1`);
      const theirs = queryRows(conn, `SELECT customer_id, r, f, m FROM (${rfmSql(opts)}) ORDER BY 1`);
      expect(mine).toEqual(theirs);
    }
    // b and c tie on recency (5 days): b, first by customer_id, sorts first among DESC recency and takes the lower R.
    const r = queryRows(conn, `SELECT b.customer_id, n.r FROM (${customerRfmNtileSql({ binning: 'rank', bins: 3 }, 'base')}) AS n
JOIN (SELECT rowid AS rid, customer_id FROM base) AS b USING (rid) ORDER BY 1`);
    expect(r.map((x) => x.r)).toEqual([3, 2, 3, 2, 1, 1]);
  });

  it('customerRfmNtileSql() checks the bins', () => {
    expect(() => customerRfmNtileSql({ bins: 7 }, 'base')).toThrow('invalid bins: 7 (expected 3, 4, 5 or 10)');
    expect(customerRfmNtileSql({ bins: 10 }, 'my base')).toContain('ntile(10) OVER (ORDER BY recency_days DESC, customer_id)::INTEGER AS r');
  });
});
