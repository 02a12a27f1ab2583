import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { selectionCellsSql } from '../../../workers/overview/selectionCellsSql';
import { num } from '../../../workers/analyses/num';
import { generatedTransactionsSql } from '../../helpers/generatedTransactions';

describe('selectionCellsSql()', () => {
  let engine: Engine;
  const one = (sql: string) => num(engine.query(sql).getChild('n')?.get(0));
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(500));
    for (const sql of prepareOverviewSql()) engine.exec(sql);
    for (const sql of selectionCellsSql(['segment_rfm10', 'segment_cn8'])) engine.exec(sql);
  });

  it('selectionCellsSql() builds the ranked, agg and ret tables and drops its helpers', () => {
    const sql = selectionCellsSql(['segment_rfm10']);
    // The Lorenz order in one window over the keys worked out from customer_rfm.
    expect(sql[2]).toContain('CREATE OR REPLACE TEMP TABLE overview_ranked AS\nSELECT row_number() OVER (ORDER BY x, customer_id)::INTEGER AS pos');
    expect(sql[2]).toContain("strftime(date_trunc('month', c.first_date), '%Y-%m') AS cohort");
    // The retention cells last, straight from the periods joined to the keys: no table between.
    expect(sql.at(-1)).toMatch(/^CREATE OR REPLACE TEMP TABLE overview_sel_ret AS\nSELECT CASE WHEN grouping\(tier\) = 0 THEN 'tier' WHEN grouping\(rf_key\) = 0 THEN 'rf_key' WHEN grouping\(segment_rfm10\) = 0 THEN 'segment_rfm10' ELSE 'cohort' END AS kind/);
    expect(sql.at(-1)).toContain('GROUP BY GROUPING SETS ((tier, cohort, period), (rf_key, cohort, period), (segment_rfm10, cohort, period), (cohort, period))');
    expect(sql.at(-2)).toMatch(/^CREATE OR REPLACE TEMP TABLE overview_totals AS/);
    expect(engine.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'overview_%' ORDER BY 1`).getChild('table_name')?.toArray())
      .toEqual(['overview_ranked', 'overview_sel_agg', 'overview_sel_ret', 'overview_totals']);
    expect(() => selectionCellsSql(['x; DROP TABLE t'])).toThrow('invalid segment column: x; DROP TABLE t (expected segment_<map>)');
  });

  it('selectionCellsSql() counts every customer once per kind, and every period row once per kind', () => {
    const customers = one('SELECT count(*)::INTEGER AS n FROM customer_rfm');
    expect(one('SELECT count(*)::INTEGER AS n FROM overview_ranked')).toBe(customers);
    expect(one(`SELECT count(DISTINCT sum)::INTEGER AS n FROM (SELECT kind, sum(customers) AS sum FROM overview_sel_agg GROUP BY kind)`)).toBe(1);
    expect(one(`SELECT sum(customers)::INTEGER AS n FROM overview_sel_agg WHERE kind = 'segment_cn8'`)).toBe(customers);
    const periods = one('SELECT count(*)::INTEGER AS n FROM customer_periods');
    expect(one(`SELECT sum(customers)::INTEGER AS n FROM overview_sel_ret WHERE kind = 'rf_key'`)).toBe(periods);
    expect(one(`SELECT count(DISTINCT kind)::INTEGER AS n FROM overview_sel_ret`)).toBe(5);
  });

  it('selectionCellsSql() ranks customers in the Lorenz order and keeps value_rank', () => {
    // pos follows max(value, 0) then customer_id; value_rank is customer_rfm's own.
    expect(one(`SELECT count(*)::INTEGER AS n FROM (SELECT pos, row_number() OVER (ORDER BY greatest(coalesce(value, 0), 0), customer_id) AS want
      FROM overview_ranked JOIN customer_rfm USING (value_rank)) WHERE pos <> want`)).toBe(0);
  });

  it('selectionCellsSql(columns, parts) builds the same tables stored compressed in customer slices, and either build replaces the other', () => {
    const tables = ['overview_ranked', 'overview_sel_agg', 'overview_sel_ret', 'overview_totals'];
    for (const t of tables) engine.exec(`CREATE OR REPLACE TABLE temp_${t} AS FROM ${t}`);
    const sql = selectionCellsSql(['segment_rfm10', 'segment_cn8'], 3);
    expect(sql.find((x) => x.startsWith('INSERT INTO overview_sel_ret'))).toContain('FROM (SELECT * FROM customer_rfm WHERE hash(customer_id) % 3 = 1) AS c');
    // The retention cells of each slice, then added up.
    expect(sql.filter((x) => x.startsWith('INSERT INTO overview_sel_ret'))).toHaveLength(2);
    expect(sql.at(-1)).toBe(`CREATE OR REPLACE TEMP TABLE overview_sel_ret AS
SELECT kind, key, cohort, period, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue
FROM overview_sel_ret GROUP BY ALL`);
    // The Lorenz order from narrow sorts, one range of x per slice, the wide rows joined back one range of positions at a time.
    expect(sql.find((x) => x.startsWith('CREATE OR REPLACE TABLE overview_pos AS'))).toBe(`CREATE OR REPLACE TABLE overview_pos AS SELECT rid, (row_number() OVER (ORDER BY x NULLS LAST, customer_id))::INTEGER AS pos
FROM (SELECT rowid AS rid, customer_id, greatest(coalesce(c.value, 0), 0) AS x FROM customer_rfm AS c) AS k
WHERE x <= getvariable('__ranged_cuts')[1]`);
    expect(sql.filter((x) => x.startsWith('INSERT INTO overview_pos'))).toHaveLength(2);
    expect(sql.filter((x) => x.startsWith('INSERT INTO overview_ranked'))).toHaveLength(2);
    expect(sql.find((x) => x.startsWith('INSERT INTO overview_ranked'))).toContain('WHERE pos > 1 * (SELECT count(*) FROM overview_pos) // 3 AND pos <= 2 * (SELECT count(*) FROM overview_pos) // 3');
    for (const s of sql) engine.exec(s);
    const where = `SELECT table_name AS t, temporary FROM duckdb_tables() WHERE table_name LIKE 'overview_%' ORDER BY 1`;
    expect(engine.query(where).toArray().map((r) => `${r.t} ${r.temporary}`)).toEqual(['overview_ranked false', 'overview_sel_agg true', 'overview_sel_ret true', 'overview_totals true']);
    // Sums may add in another order across slices: doubles compared to 1e-6.
    const rounded = (t: string) => `SELECT ${engine.query(`DESCRIBE ${t}`).toArray().map((r) => (r.column_type === 'DOUBLE' ? `round(${r.column_name}, 6)` : r.column_name)).join(', ')} FROM ${t}`;
    // Stored in the Lorenz order, like the one-statement build.
    expect(one('SELECT count(*)::INTEGER AS n FROM (SELECT pos, rowid + 1 AS place FROM overview_ranked) WHERE pos <> place')).toBe(0);
    for (const t of tables) {
      expect(one(`SELECT count(*)::INTEGER AS n FROM (${rounded(t)} EXCEPT ALL ${rounded(`temp_${t}`)})`)).toBe(0);
      expect(one(`SELECT count(*)::INTEGER AS n FROM (${rounded(`temp_${t}`)} EXCEPT ALL ${rounded(t)})`)).toBe(0);
    }
    expect(one('SELECT count(*)::INTEGER AS n FROM overview_ranked')).toBe(one('SELECT count(*)::INTEGER AS n FROM customer_rfm'));
    expect(() => selectionCellsSql([], -1)).toThrow('invalid parts: -1 (expected 0, 1, 2, ...)');
    for (const s of selectionCellsSql(['segment_rfm10', 'segment_cn8'])) engine.exec(s);
    expect(engine.query(where).toArray().map((r) => `${r.t} ${r.temporary}`)).toEqual(['overview_ranked true', 'overview_sel_agg true', 'overview_sel_ret true', 'overview_totals true']);
    for (const t of tables) engine.exec(`DROP TABLE temp_${t}`);
  });
});
