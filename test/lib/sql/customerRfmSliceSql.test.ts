import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerRfmOptions } from '../../../src/lib/sql/CustomerRfmOptions';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { customerRfmGlobalsSql } from '../../../src/lib/sql/customerRfmGlobalsSql';
import { customerRfmNtileSql } from '../../../src/lib/sql/customerRfmNtileSql';
import { customerRfmRanksSql } from '../../../src/lib/sql/customerRfmRanksSql';
import { customerRfmSliceSql } from '../../../src/lib/sql/customerRfmSliceSql';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const T = { base: 'base', globals: 'g', ranks: 'k', ntile: 'nt' };

describe('customerRfmSliceSql', () => {
  let conn: Conn;
  /** The narrow tables for `opts`, then every slice of `of` into `sliced`, and the one-statement table into `whole`. */
  const buildBoth = (opts: CustomerRfmOptions, of: number) => {
    conn.query(`CREATE OR REPLACE TABLE nt AS ${customerRfmNtileSql(opts, 'base')}`);
    // The ranks in as many value ranges as slices, as prepareCustomerRfmSql builds them.
    for (const sql of customerRfmRanksSql(opts.value, 'base', 'k', of)) conn.query(sql);
    conn.query(`CREATE OR REPLACE TABLE g AS ${customerRfmGlobalsSql(opts, 'base', 'nt')}`);
    conn.query(`CREATE OR REPLACE TABLE whole AS ${customerRfmSql(opts)}`);
    conn.query(customerRfmSliceSql.rangeSql('base', of));
    conn.query(`CREATE OR REPLACE TABLE sliced AS ${customerRfmSliceSql(opts, T, { k: 0, of })}`);
    for (let k = 1; k < of; k++) conn.query(`INSERT INTO sliced ${customerRfmSliceSql(opts, T, { k, of })}`);
  };
  const count = (sql: string) => Number(queryRows(conn, `SELECT count(*) AS n FROM (${sql})`)[0].n);
  const columns = (t: string) => queryRows(conn, `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = '${t}' ORDER BY ordinal_position`);
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
    conn.query(`CREATE TABLE base AS ${customerBaseSql({ refDate: '2024-01-21' })}`);
  });

  it("customerRfmSliceSql() slices together are customerRfmSql()'s table: same columns, types and values", () => {
    for (const opts of [{}, { binning: 'rank', cn8Compare: 'scores', bins: 3 }, { value: 'margin', bins: 10 }] as CustomerRfmOptions[]) {
      buildBoth(opts, 4);
      expect(columns('sliced')).toEqual(columns('whole'));
      expect(count('FROM sliced')).toBe(6);
      expect(count('FROM whole EXCEPT ALL FROM sliced')).toBe(0);
      expect(count('FROM sliced EXCEPT ALL FROM whole')).toBe(0);
    }
  });

  it('customerRfmSliceSql() takes the base rows whose rowid falls in its range, and their ranks only', () => {
    const sql = customerRfmSliceSql({}, T, { k: 1, of: 3 });
    const range = "rowid >= 1 * getvariable('__customer_rfm_slice_rows') AND rowid < 2 * getvariable('__customer_rfm_slice_rows')";
    expect(sql).toContain(`FROM base WHERE ${range}`);
    expect(sql).toContain(`JOIN (SELECT * FROM k WHERE ${range.replaceAll('rowid', 'rid')}) AS v ON v.rid = s.__rid`);
    // Six customers in 3 slices: 2 rows each, the second slice rowids 2 and 3.
    expect(customerRfmSliceSql.rangeSql('base', 3)).toBe('SET VARIABLE __customer_rfm_slice_rows = (SELECT (count(*) + 3 - 1) // 3 FROM base)');
    buildBoth({}, 3);
    expect(queryRows(conn, `SELECT customer_id FROM (${sql}) ORDER BY 1`).map((r) => r.customer_id))
      .toEqual(queryRows(conn, 'SELECT customer_id FROM base WHERE rowid IN (2, 3) ORDER BY 1').map((r) => r.customer_id));
    // 4 slices of 6 rows hold 2, 2, 2 and 0: every row once, the last slice empty.
    conn.query(customerRfmSliceSql.rangeSql('base', 4));
    const counts = [0, 1, 2, 3].map((k) => Number(queryRows(conn, `SELECT count(*) AS n FROM (${customerRfmSliceSql({}, T, { k, of: 4 })})`)[0].n));
    expect(counts).toEqual([2, 2, 2, 0]);
    conn.query(customerRfmSliceSql.resetSql);
  });

  it('customerRfmSliceSql() names a bad slice and a missing NTILE table', () => {
    expect(() => customerRfmSliceSql({}, T, { k: 3, of: 3 })).toThrow('invalid slice: 3 of 3 (expected 0 <= k < of)');
    expect(() => customerRfmSliceSql({ binning: 'rank' }, { base: 'b', globals: 'g', ranks: 'k' }, { k: 0, of: 2 })).toThrow('the ntile table is needed');
  });
});
