import { beforeAll, describe, expect, it } from 'vitest';
import { applySegmentMapSql } from '../../../src/lib/sql/applySegmentMapSql';
import type { CustomerRfmOptions } from '../../../src/lib/sql/CustomerRfmOptions';
import { customerRfmReadSql } from '../../../src/lib/sql/customerRfmReadSql';
import { customerRfmSql } from '../../../src/lib/sql/customerRfmSql';
import { rfm10Map } from '../../../src/lib/sql/rfm10Map';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

describe('customerRfmReadSql', () => {
  let conn: Conn;
  const count = (sql: string) => Number(queryRows(conn, `SELECT count(*) AS n FROM (${sql})`)[0].n);
  const describeOf = (sql: string) => queryRows(conn, `SELECT column_name AS c, column_type AS t FROM (DESCRIBE ${sql})`);
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
  });

  it("customerRfmReadSql() reads customerRfmSql()'s rows back from the table: same columns, types and values", () => {
    for (const opts of [{}, { refDate: '2024-01-21', cn8Compare: 'scores', bins: 3 }, { value: 'margin', bins: 10 }] as CustomerRfmOptions[]) {
      conn.query(`CREATE OR REPLACE TABLE built AS ${customerRfmSql(opts)}`);
      const read = customerRfmReadSql(opts, 'built');
      expect(describeOf(read)).toEqual(describeOf(customerRfmSql(opts)));
      expect(count(read)).toBe(6);
      expect(count(`(${customerRfmSql(opts)}) EXCEPT ALL (${read})`)).toBe(0);
      expect(count(`(${read}) EXCEPT ALL (${customerRfmSql(opts)})`)).toBe(0);
    }
  });

  it("customerRfmReadSql() places the segments by the options' maps, not by rules the Segments tab wrote into the table", () => {
    conn.query(`CREATE OR REPLACE TABLE built AS ${customerRfmSql({})}`);
    const mine = { ...rfm10Map, rules: [{ segment: 'Everyone', when: { r: [1, 5] as [number, number] } }] };
    for (const sql of applySegmentMapSql(mine, 'built')) conn.query(sql);
    conn.query(`ALTER TABLE built ADD COLUMN segment_mine VARCHAR`);
    expect(queryRows(conn, 'SELECT DISTINCT segment_rfm10 AS s FROM built').map((r) => r.s)).toEqual(['Everyone']);
    const read = customerRfmReadSql({}, 'built');
    expect(describeOf(read).map((c) => c.c)).not.toContain('segment_mine');
    expect(count(`(${customerRfmSql({})}) EXCEPT ALL (${read})`)).toBe(0);
  });

  it('customerRfmReadSql() reads customer_rfm by default and quotes the table it is given', () => {
    expect(customerRfmReadSql()).toMatch(/\nFROM customer_rfm$/);
    expect(customerRfmReadSql({}, 'my table')).toMatch(/\nFROM "my table"$/);
  });
});
