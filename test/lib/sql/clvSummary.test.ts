import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clvSummary } from '../../../src/lib/sql/clvSummary';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { CDNOW_URL, openCdnow } from '../../workers/scoring/cdnow';

type Conn = Awaited<ReturnType<typeof openNodeDuckDB>>['conn'];

const rows = (conn: Conn, sql: string) =>
  conn.query(sql).toArray().map((r) => {
    const o = r.toJSON() as Record<string, unknown>;
    // DATE comes back as epoch milliseconds; show it as ISO for readable expectations.
    if (typeof o.first_date === 'number') o.first_date = new Date(o.first_date).toISOString().slice(0, 10);
    return o;
  });

describe('clvSummary() as text', () => {
  it('clvSummary() puts the calibration end in as a DATE literal and the unit as days per unit', () => {
    const sql = clvSummary({ calibrationEnd: '1997-09-30' });
    expect(sql).toContain(`DATE '1997-09-30'`);
    expect(sql).toContain('/ 7.0 AS t_x');
    expect(clvSummary({ calibrationEnd: '1997-09-30', unit: 'day' })).toContain('/ 1.0 AS "T"');
    expect(clvSummary({ calibrationEnd: '1997-09-30', unit: 'month' })).toContain('/ 30.4375 AS "T"');
    expect(clvSummary({ calibrationEnd: '1997-09-30', table: 'orders_2024' })).toContain('FROM orders_2024');
  });

  it('clvSummary() uses no function that needs an extension (icu, json) or the clock', () => {
    for (const unit of ['day', 'week', 'month'] as const) {
      for (const mergeSameDay of [true, false]) {
        const sql = clvSummary({ calibrationEnd: '2024-12-31', holdoutEnd: '2025-06-30', unit, mergeSameDay });
        expect(sql).not.toMatch(/current_date|current_timestamp|now\(|today\(|strftime|time zone|timezone|json|icu/i);
      }
    }
  });

  it('clvSummary() refuses a malformed date, unit or table name', () => {
    expect(() => clvSummary({ calibrationEnd: '30/09/1997' })).toThrow('invalid calibration end: "30/09/1997" (expected YYYY-MM-DD)');
    expect(() => clvSummary({ calibrationEnd: '1997-13-45' })).toThrow('invalid calibration end');
    expect(() => clvSummary({ calibrationEnd: '2023-02-29' })).toThrow('invalid calibration end: "2023-02-29"');
    expect(clvSummary({ calibrationEnd: '2024-02-29' })).toContain(`DATE '2024-02-29'`);
    expect(() => clvSummary({ calibrationEnd: '1997-09-30', holdoutEnd: 'soon' })).toThrow('invalid holdout end: "soon" (expected YYYY-MM-DD)');
    // SAFETY: deliberately wrong at run time, as a value from an untyped caller would be.
    expect(() => clvSummary({ calibrationEnd: '1997-09-30', unit: 'year' as 'day' })).toThrow('invalid unit: "year" (expected day, week or month)');
    expect(() => clvSummary({ calibrationEnd: '1997-09-30', unit: 'toString' as 'day' })).toThrow('invalid unit: "toString"');
    expect(() => clvSummary({ calibrationEnd: '1997-09-30', table: 'x; DROP TABLE y' })).toThrow('invalid table name');
  });
});

describe('clvSummary() on CDNOW', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openCdnow());
  });

  it('clvSummary() runs under EXPLAIN for every unit and merge mode', () => {
    for (const unit of ['day', 'week', 'month'] as const) {
      for (const mergeSameDay of [true, false]) {
        expect(() => conn.query(`EXPLAIN ${clvSummary({ calibrationEnd: '1997-09-30', unit, mergeSameDay })}`)).not.toThrow();
      }
    }
  });

  it('clvSummary() rebuilds cdnow_customers_summary_with_transactions.csv (2,357 customers, to its 2 decimals)', () => {
    const got = rows(conn, clvSummary({ calibrationEnd: '1997-09-30' }));
    const expected = readFileSync(new URL('cdnow_customers_summary_with_transactions.csv', CDNOW_URL), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    expect(got.length).toBe(2357);
    const byId = new Map(got.map((r) => [Number(r.customer_id), r]));
    for (const [id, x, tx, T, zbar] of expected) {
      const r = byId.get(id)!;
      expect(r.x).toBe(x);
      // The file rounds to cents half-up from exact decimals (22.345 -> 22.35): within half a cent.
      expect(Math.abs(Number(r.t_x) - tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(Number(r.T) - T)).toBeLessThanOrEqual(0.005 + 1e-9);
      if (x === 0) expect(r.mean_repeat_value).toBeNull();
      else expect(Math.abs(Number(r.mean_repeat_value) - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('clvSummary() counts holdout purchase days after 1997-09-30 as the raw file does', () => {
    const days = new Map<string, Set<string>>();
    for (const line of readFileSync(CDNOW_URL, 'utf8').trim().split('\n')) {
      const [, id, date] = line.trim().split(/\s+/);
      if (date > '19970930') {
        if (!days.has(id)) days.set(id, new Set());
        days.get(id)!.add(date);
      }
    }
    const got = rows(conn, clvSummary({ calibrationEnd: '1997-09-30' }));
    for (const r of got) expect(r.holdout_x).toBe(days.get(String(r.customer_id))?.size ?? 0);
    const total = got.reduce((a, r) => a + Number(r.holdout_x), 0);
    expect(total).toBe([...days.values()].reduce((a, s) => a + s.size, 0));
  });
});

describe('clvSummary() on a hand-made table', () => {
  let conn: Conn;
  beforeAll(async () => {
    ({ conn } = await openNodeDuckDB());
    conn.query(`CREATE TABLE transactions AS SELECT * FROM (VALUES
      (1, 'A', 'o1', DATE '2024-01-01', 10.0),
      (2, 'A', 'o2', DATE '2024-01-01', 5.0),   -- same day as o1: one purchase worth 15
      (3, 'A', 'o3', DATE '2024-01-15', 20.0),
      (4, 'A', 'o4', DATE '2024-01-15', 4.0),   -- same day again
      (5, 'A', 'o4', DATE '2024-01-15', 6.0),   -- second line of o4
      (6, 'A', 'o5', DATE '2024-01-29', 30.0),
      (7, 'A', 'o6', DATE '2024-02-10', 50.0),  -- holdout
      (8, 'A', 'o7', DATE '2024-03-10', 60.0),  -- after the holdout end
      (9, 'B', 'o8', DATE '2024-01-22', 8.0),
      (10, 'C', 'o9', DATE '2024-02-05', 9.0),  -- first purchase after calibration: not a customer yet
      (11, NULL, 'o10', DATE '2024-01-02', 1.0),
      (12, 'B', 'o11', NULL, 1.0)
    ) AS t(line, customer_id, order_id, order_date, amount)`);
  });

  // A: purchase days Jan 1 (15), Jan 15 (20 + 4 + 6 = 30), Jan 29 (30); holdout Feb 10 only.
  it('clvSummary() merges same-day orders, measures from the first purchase and stops the holdout at its end', () => {
    const got = rows(conn, clvSummary({ calibrationEnd: '2024-01-31', holdoutEnd: '2024-02-29', unit: 'day' }));
    expect(got).toEqual([
      { customer_id: 'A', first_date: '2024-01-01', x: 2, t_x: 28, T: 30, mean_repeat_value: 30, holdout_x: 1 },
      { customer_id: 'B', first_date: '2024-01-22', x: 0, t_x: 0, T: 9, mean_repeat_value: null, holdout_x: 0 },
    ]);
  });

  it('clvSummary() with mergeSameDay false counts each order, lines of one order still one purchase', () => {
    const got = rows(conn, clvSummary({ calibrationEnd: '2024-01-31', unit: 'week', mergeSameDay: false }));
    expect(got[0]).toMatchObject({ customer_id: 'A', x: 4, t_x: 4, T: 30 / 7, holdout_x: 2 });
    // Repeat orders o2 (5), o3 (20), o4 (4 + 6), o5 (30).
    expect(got[0].mean_repeat_value).toBeCloseTo(65 / 4, 12);
  });

  it('clvSummary() in months divides days by 30.4375', () => {
    const got = rows(conn, clvSummary({ calibrationEnd: '2024-01-31', unit: 'month' }));
    expect(got[0].T).toBeCloseTo(30 / 30.4375, 12);
    expect(got[0].t_x).toBeCloseTo(28 / 30.4375, 12);
  });

  it('clvSummary() returns no rows when nobody bought by the calibration end', () => {
    expect(rows(conn, clvSummary({ calibrationEnd: '2023-12-31' }))).toEqual([]);
  });
});
