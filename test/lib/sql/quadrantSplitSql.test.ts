import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { quadrantSplitSql } from '../../../src/lib/sql/quadrantSplitSql';
import { splitSql } from '../../../src/lib/sql/splitSql';
import { queryRows } from '../../helpers/loadTransactions';

const M = { x: 'a', xHigh: 'a_high', y: 'b', yHigh: 'b_high', cells: { both: 'hh', x: "x'only", y: 'y', none: 'n' } };
// Ties at the median of a (2), a NULL on b (no value: not high, left out of b's cut).
const ROWS = `  SELECT id, a::DOUBLE AS a, b::DOUBLE AS b
  FROM (VALUES ('p', 1, 4), ('q', 2, 1), ('r', 2, 3), ('s', 5, NULL), ('t', 9, 2)) AS t(id, a, b)`;

describe('quadrantSplitSql', () => {
  it('quadrantSplitSql() cuts one axis at a time into a table, then cross-joins it to the rows, with no window', () => {
    const m = quadrantSplitSql(ROWS, M, 0.8, '__cuts');
    expect(m.cuts).toEqual([
      `CREATE OR REPLACE TABLE __cuts AS SELECT quantile_cont(a, 0.8) AS x_cut, NULL::DOUBLE AS y_cut FROM (\n${ROWS}\n) AS v`,
      `UPDATE __cuts SET y_cut = (SELECT quantile_cont(b, 0.8) FROM (\n${ROWS}\n) AS v)`,
    ]);
    expect(m.sql).toBe(`WITH v AS (
${ROWS}
),
s AS (SELECT v.*, v.a > k.x_cut AS a_high, v.b > k.y_cut AS b_high FROM v CROSS JOIN __cuts AS k)
SELECT *, CASE WHEN a_high AND b_high THEN 'hh' WHEN a_high THEN 'x''only'
  WHEN b_high THEN 'y' ELSE 'n' END AS cell
FROM s`);
    expect(() => quadrantSplitSql(ROWS, M, 0, '__cuts')).toThrow('invalid split: 0 (expected 0 < split < 1)');
  });

  it('quadrantSplitSql() flags and places the rows as splitSql\'s window does', async () => {
    const { conn } = await openNodeDuckDB();
    const m = quadrantSplitSql(ROWS, M, 0.5, '__cuts');
    for (const s of m.cuts) conn.query(s);
    // a's median 2: only 5 and 9 are high; b's median 2.5: 4 and 3.
    expect(queryRows(conn, 'SELECT * FROM __cuts')).toEqual([{ x_cut: 2, y_cut: 2.5 }]);
    const rows = queryRows(conn, `SELECT id, a_high, b_high, cell FROM (${m.sql}) ORDER BY id`);
    expect(rows).toEqual([
      { id: 'p', a_high: false, b_high: true, cell: 'y' },
      { id: 'q', a_high: false, b_high: false, cell: 'n' },
      { id: 'r', a_high: false, b_high: true, cell: 'y' },
      { id: 's', a_high: true, b_high: null, cell: "x'only" },
      { id: 't', a_high: true, b_high: false, cell: "x'only" },
    ]);
    const window = queryRows(conn, `SELECT id, ${splitSql('a', 0.5)} AS a_high, ${splitSql('b', 0.5)} AS b_high FROM (${ROWS}) ORDER BY id`);
    expect(window).toEqual(rows.map(({ id, a_high, b_high }) => ({ id, a_high, b_high })));
  });
});
