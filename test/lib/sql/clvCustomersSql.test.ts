import { beforeAll, describe, expect, it } from 'vitest';
import { clvCustomersSql } from '../../../src/lib/sql/clvCustomersSql';
import { gammaGamma } from '../../../workers/scoring/gammaGamma';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];
const SPEND = { p: 6.25, q: 3.7433333333333334, gamma: 15.443999999999999 };

describe('clvCustomersSql()', () => {
  let conn: Conn;
  beforeAll(async () => {
    conn = (await openNodeDuckDB()).conn;
    conn.query(`CREATE TABLE s AS SELECT * FROM (VALUES ('a', 0, 0.0, 10.0, NULL), ('b', 2, 3.5, 10.0, 21.3), ('c', 2, 3.5, 10.0, 7.1), ('d', 1, 1.0, 4.0, NULL))
      AS v(customer_id, x, t_x, "T", mean_repeat_value)`);
    conn.query(`CREATE TABLE t AS SELECT * FROM (VALUES (0, 0.0, 10.0, 0.4, 0.1, 1.5), (2, 3.5, 10.0, 0.8, 'NaN'::DOUBLE, 2.25), (1, 1.0, 4.0, 'NaN'::DOUBLE, 0.3, 'NaN'::DOUBLE))
      AS v(x, t_x, "T", p_alive, expected, factor)`);
  });
  const read = (table: string) =>
    Object.fromEntries(conn.query(`SELECT * FROM ${table} ORDER BY customer_id`).toArray().map((r) => {
      const o = r.toJSON() as { customer_id: string; p_alive: number | null; expected_purchases: number | null; clv: number | null };
      return [o.customer_id, o];
    }));

  it('clvCustomersSql() writes the literals so DuckDB reads them as DOUBLE, not DECIMAL', () => {
    const sql = clvCustomersSql({ summary: 's', triples: 't', spend: SPEND });
    expect(sql).toContain(`CAST('${SPEND.q}' AS DOUBLE)`);
    expect(sql).not.toMatch(/[^']3\.74/);
    expect(sql).toMatch(/^SELECT s.customer_id, /);
  });

  it("clvCustomersSql() gives each customer their triple's values and the Gamma-Gamma spend times its factor, bit for bit", () => {
    conn.query(`CREATE TABLE out AS ${clvCustomersSql({ summary: 's', triples: 't', spend: SPEND })}`);
    const out = read('out');
    expect(Object.keys(out)).toEqual(['a', 'b', 'c', 'd']);
    expect(out.a).toMatchObject({ p_alive: 0.4, expected_purchases: 0.1, clv: gammaGamma.expectedSpend(SPEND, 0, 0) * 1.5 });
    expect(out.b).toMatchObject({ p_alive: 0.8, expected_purchases: null, clv: gammaGamma.expectedSpend(SPEND, 2, 21.3) * 2.25 });
    expect(out.c!.clv).toBe(gammaGamma.expectedSpend(SPEND, 2, 7.1) * 2.25);
    // NaN (not computed for this triple) is stored as NULL.
    expect(out.d).toMatchObject({ p_alive: null, expected_purchases: 0.3, clv: null });
  });

  it('clvCustomersSql() leaves clv NULL when there is no spend model', () => {
    conn.query(`CREATE TABLE out2 AS ${clvCustomersSql({ summary: 's', triples: 't', spend: null })}`);
    const out = read('out2');
    expect(Object.values(out).map((o) => o.clv)).toEqual([null, null, null, null]);
    expect(out.b!.p_alive).toBe(0.8);
  });
});
