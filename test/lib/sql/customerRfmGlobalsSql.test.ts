import { beforeAll, describe, expect, it } from 'vitest';
import { customerBaseSql } from '../../../src/lib/sql/customerBaseSql';
import { customerRfmCutsSql } from '../../../src/lib/sql/customerRfmCutsSql';
import { customerRfmGlobalsSql } from '../../../src/lib/sql/customerRfmGlobalsSql';
import { customerRfmNtileSql } from '../../../src/lib/sql/customerRfmNtileSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { createTransactions, queryRows } from '../../helpers/loadTransactions';
import { RFM_ROWS } from './customerRfmFixture';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

// Recency days a 1, b 5, c 5, d 10, e 37, f 111; frequency 1, 1, 1, 2, 2, 2; monetary 10, 20,
// 20, 30, 40, -5. Five bins: cut positions 1..4 of the six sorted values, no interpolation.
describe('customerRfmGlobalsSql', () => {
  let conn: Conn;
  const globals = (sql: string): Record<string, unknown> => {
    const [g] = queryRows(conn, sql);
    // SAFETY: Arrow list cells become vectors; toArray gives their numbers.
    const list = (v: unknown) => [...(v as { toArray(): number[] }).toArray()];
    return { ...g, r_cuts: list(g.r_cuts), f_cuts: list(g.f_cuts), m_cuts: list(g.m_cuts) };
  };
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    createTransactions(conn, RFM_ROWS);
    conn.query(`CREATE TABLE base AS ${customerBaseSql()}`);
    conn.query(`CREATE TABLE nt AS ${customerRfmNtileSql({ binning: 'rank', bins: 4 }, 'base')}`);
  });

  it('customerRfmGlobalsSql() gives the quantile cuts, the customer count and the means of the values in one row', () => {
    expect(globals(customerRfmGlobalsSql({}, 'base'))).toEqual({
      r_cuts: [5, 5, 10, 37], f_cuts: [1, 1, 2, 2], m_cuts: [10, 20, 20, 30], n_customers: 6,
      r_avg: 169 / 6, f_avg: 1.5, m_avg: 115 / 6,
    });
  });

  it('customerRfmGlobalsSql() with scores compared gives the mean scores (R reversed, a value at a cut in the lower bin)', () => {
    // R 5 5 5 3 2 1; F 1 1 1 3 3 3; M 2 2 2 4 5 1 (sorted by customer: a b c d e f).
    const g = globals(customerRfmGlobalsSql({ cn8Compare: 'scores' }, 'base'));
    expect([g.r_avg, g.f_avg, g.m_avg]).toEqual([3.5, 2, 15 / 6]);
  });

  it('customerRfmGlobalsSql() with rank binning and scores compared takes the means of the NTILE table', () => {
    // NTILE(4) of six customers: bins of 2, 2, 1, 1 -> 1 1 2 2 3 4 for every measure.
    const g = globals(customerRfmGlobalsSql({ cn8Compare: 'scores', binning: 'rank', bins: 4 }, 'base', 'nt'));
    expect([g.r_avg, g.f_avg, g.m_avg]).toEqual([13 / 6, 13 / 6, 13 / 6]);
    expect(() => customerRfmGlobalsSql({ cn8Compare: 'scores', binning: 'rank' }, 'base')).toThrow('the ntile table is needed');
    // SAFETY: an option from a notebook file may be anything.
    expect(() => customerRfmGlobalsSql({ cn8Compare: 'both' as 'scores' }, 'base')).toThrow('invalid cn8Compare: both (expected values or scores)');
  });

  it('customerRfmGlobalsSql() with cuts tables gives the very row it computes itself', () => {
    for (const opts of [{}, { cn8Compare: 'scores' as const }, { monetary: 'mean' as const, bins: 3 }]) {
      const cuts = { r: 'cr', f: 'cf', m: 'cm' };
      for (const k of ['r', 'f', 'm'] as const) conn.query(`CREATE OR REPLACE TABLE ${cuts[k]} AS ${customerRfmCutsSql(opts, 'base', k)}`);
      expect(customerRfmGlobalsSql(opts, 'base', undefined, cuts)).toContain('SELECT r.r_cuts, f.f_cuts, m.m_cuts, r.n_customers FROM cr AS r, cf AS f, cm AS m');
      expect(globals(customerRfmGlobalsSql(opts, 'base', undefined, cuts)), JSON.stringify(opts)).toEqual(globals(customerRfmGlobalsSql(opts, 'base')));
    }
  });
});
