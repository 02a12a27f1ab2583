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

  it('selectionCellsSql() builds the agg, totals and ret tables, and no copy of the customer rows', () => {
    const sql = selectionCellsSql(['segment_rfm10']);
    // The keys worked out from customer_rfm.
    expect(sql[0]).toMatch(/^CREATE OR REPLACE TEMP TABLE overview_sel_agg AS\nSELECT 'tier' AS kind/);
    expect(sql[0]).toContain("strftime(date_trunc('month', c.first_date), '%Y-%m') AS cohort");
    // The retention cells last, straight from the periods joined to the keys: no table between.
    expect(sql.at(-1)).toMatch(/^CREATE OR REPLACE TEMP TABLE overview_sel_ret AS\nSELECT CASE WHEN grouping\(tier\) = 0 THEN 'tier' WHEN grouping\(rf_key\) = 0 THEN 'rf_key' WHEN grouping\(segment_rfm10\) = 0 THEN 'segment_rfm10' ELSE 'cohort' END AS kind/);
    expect(sql.at(-1)).toContain('GROUP BY GROUPING SETS ((tier, cohort, period), (rf_key, cohort, period), (segment_rfm10, cohort, period), (cohort, period))');
    expect(sql.at(-2)).toMatch(/^CREATE OR REPLACE TEMP TABLE overview_totals AS/);
    expect(engine.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'overview_%' ORDER BY 1`).getChild('table_name')?.toArray())
      .toEqual(['overview_sel_agg', 'overview_sel_ret', 'overview_totals']);
    expect(() => selectionCellsSql(['x; DROP TABLE t'])).toThrow('invalid segment column: x; DROP TABLE t (expected segment_<map>)');
  });

  it('selectionCellsSql() counts every customer once per kind, and every period row once per kind', () => {
    const customers = one('SELECT count(*)::INTEGER AS n FROM customer_rfm');
    expect(one(`SELECT count(DISTINCT sum)::INTEGER AS n FROM (SELECT kind, sum(customers) AS sum FROM overview_sel_agg GROUP BY kind)`)).toBe(1);
    expect(one(`SELECT sum(customers)::INTEGER AS n FROM overview_sel_agg WHERE kind = 'segment_cn8'`)).toBe(customers);
    const periods = one('SELECT count(*)::INTEGER AS n FROM customer_periods');
    expect(one(`SELECT sum(customers)::INTEGER AS n FROM overview_sel_ret WHERE kind = 'rf_key'`)).toBe(periods);
    expect(one(`SELECT count(DISTINCT kind)::INTEGER AS n FROM overview_sel_ret`)).toBe(5);
  });

  it('selectionCellsSql(columns, parts) builds the same tables, the retention cells counted in customer slices', () => {
    const tables = ['overview_sel_agg', 'overview_sel_ret', 'overview_totals'];
    for (const t of tables) engine.exec(`CREATE OR REPLACE TABLE temp_${t} AS FROM ${t}`);
    const sql = selectionCellsSql(['segment_rfm10', 'segment_cn8'], 3);
    expect(sql.find((x) => x.startsWith('INSERT INTO overview_sel_ret'))).toContain('FROM (SELECT * FROM customer_rfm WHERE hash(customer_id) % 3 = 1) AS c');
    // The retention cells of each slice, then added up.
    expect(sql.filter((x) => x.startsWith('INSERT INTO overview_sel_ret'))).toHaveLength(2);
    expect(sql.at(-1)).toBe(`CREATE OR REPLACE TEMP TABLE overview_sel_ret AS
SELECT kind, key, cohort, period, sum(customers)::INTEGER AS customers, sum(revenue) AS revenue
FROM overview_sel_ret GROUP BY ALL`);
    for (const s of sql) engine.exec(s);
    const where = `SELECT table_name AS t, temporary FROM duckdb_tables() WHERE table_name LIKE 'overview_%' ORDER BY 1`;
    expect(engine.query(where).toArray().map((r) => `${r.t} ${r.temporary}`)).toEqual(['overview_sel_agg true', 'overview_sel_ret true', 'overview_totals true']);
    // Sums may add in another order across slices: doubles compared to 1e-6.
    const rounded = (t: string) => `SELECT ${engine.query(`DESCRIBE ${t}`).toArray().map((r) => (r.column_type === 'DOUBLE' ? `round(${r.column_name}, 6)` : r.column_name)).join(', ')} FROM ${t}`;
    for (const t of tables) {
      expect(one(`SELECT count(*)::INTEGER AS n FROM (${rounded(t)} EXCEPT ALL ${rounded(`temp_${t}`)})`)).toBe(0);
      expect(one(`SELECT count(*)::INTEGER AS n FROM (${rounded(`temp_${t}`)} EXCEPT ALL ${rounded(t)})`)).toBe(0);
    }
    expect(() => selectionCellsSql([], -1)).toThrow('invalid parts: -1 (expected 0, 1, 2, ...)');
    for (const s of selectionCellsSql(['segment_rfm10', 'segment_cn8'])) engine.exec(s);
    expect(engine.query(where).toArray().map((r) => `${r.t} ${r.temporary}`)).toEqual(['overview_sel_agg true', 'overview_sel_ret true', 'overview_totals true']);
    for (const t of tables) engine.exec(`DROP TABLE temp_${t}`);
  });
});
