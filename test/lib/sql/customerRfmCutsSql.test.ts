import { beforeAll, describe, expect, it } from 'vitest';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { customerRfmCutsSql } from '../../../src/lib/sql/customerRfmCutsSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Recency days a 1, b 5, c 5, d 10, e 37, f 111; frequency 1, 1, 1, 2, 2, 2; monetary 10, 20,
// 20, 30, 40, -5 (customerRfmGlobalsSql.test.ts). Five bins: cut positions 1..4 of the six sorted values.
describe('customerRfmCutsSql', () => {
  let conn: Conn;
  // SAFETY: Arrow list cells become vectors; toArray gives their numbers.
  const cuts = (sql: string) => queryRows(conn, sql).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k.endsWith('_cuts') ? [...(v as { toArray(): number[] }).toArray()] : v])));
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
    conn.query(`CREATE TABLE base AS ${customerBaseSql()}`);
  });

  it('customerRfmCutsSql() gives one measure\'s cuts in one row, the R one with the customer count', () => {
    expect(customerRfmCutsSql({}, 'base', 'f')).toBe('SELECT quantile_cont((frequency)::DOUBLE, [1/5, 2/5, 3/5, 4/5]) AS f_cuts FROM base');
    expect(cuts(customerRfmCutsSql({}, 'base', 'r'))).toEqual([{ r_cuts: [5, 5, 10, 37], n_customers: 6 }]);
    expect(cuts(customerRfmCutsSql({}, 'base', 'f'))).toEqual([{ f_cuts: [1, 1, 2, 2] }]);
    expect(cuts(customerRfmCutsSql({}, 'base', 'm'))).toEqual([{ m_cuts: [10, 20, 20, 30] }]);
  });

  it('customerRfmCutsSql() takes the mean order value with monetary: mean, and the bins asked for', () => {
    // Mean order values 10, 20, 20, 15, 20, -2.5: sorted -2.5 10 15 20 20 20; positions 1.25, 2.5, 3.75.
    expect(cuts(customerRfmCutsSql({ monetary: 'mean', bins: 4 }, 'base', 'm'))).toEqual([{ m_cuts: [11.25, 17.5, 20] }]);
    expect(() => customerRfmCutsSql({ bins: 2 }, 'base', 'r')).toThrow('invalid bins: 2');
  });
});
