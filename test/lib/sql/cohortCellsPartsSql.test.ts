import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { cohortCellsPartsSql } from '../../../src/lib/sql/cohortCellsPartsSql';
import { cohortCurveFromPeriodsSql } from '../../../src/lib/sql/cohortCurveFromPeriodsSql';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { cohortsFromPeriodsSql } from '../../../src/lib/sql/cohortsFromPeriodsSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

type Opened = Awaited<ReturnType<typeof openNodeDuckDB>>;

describe('cohortCellsPartsSql', () => {
  let d: Opened;
  let refDate: string;
  beforeAll(async () => {
    d = await openNodeDuckDB();
    refDate = loadGenerated(d, 3000, 21);
    for (const s of prepareOverviewSql()) d.conn.query(s);
  });

  it('cohortCellsPartsSql() counts the sizes once, then one view and one insert per slice, and cleans up', () => {
    const { build: sql, drop } = cohortCellsPartsSql({ into: 'cells_t', period: 'week', parts: 2, refDate: '2025-01-01' });
    expect(sql).toHaveLength(5);
    expect(sql[0]).toBe("CREATE OR REPLACE TEMP TABLE __cohort_part_sizes AS SELECT date_trunc('week', first_date) AS cohort_start, count(*)::INTEGER AS cohort_size FROM customer_rfm GROUP BY cohort_start");
    expect(sql[1]).toBe('CREATE OR REPLACE TEMP VIEW __cohort_part AS SELECT * FROM transactions WHERE hash(customer_id) % 2 = 0');
    expect(sql[2]).toMatch(/^CREATE OR REPLACE TEMP TABLE cells_t AS SELECT cohort, period, count\(\*\) AS customers, sum\(revenue\) AS revenue FROM/);
    expect(sql[2]).toContain("DATE '2025-01-01'");
    expect(sql[4]).toMatch(/^INSERT INTO cells_t SELECT/);
    expect(sql[4]).toContain('WHERE hash(customer_id) % 2 = 1)');
    expect(drop).toEqual(['DROP VIEW IF EXISTS __cohort_part', 'DROP TABLE IF EXISTS __cohort_part_sizes', 'DROP TABLE IF EXISTS cells_t']);
    expect(() => cohortCellsPartsSql({ into: 'c', period: 'week', parts: 0, refDate: '2025-01-01' })).toThrow('invalid parts: 0 (expected a whole number >= 1)');
  });

  it('cohortCellsPartsSql() cells in 1 or 4 slices give cohortsSql() and cohortCurveSql() for every grain', () => {
    for (const period of ['month', 'week', 'quarter'] as const) {
      const cells = queryRows(d.conn, cohortsSql({ period }));
      const curve = queryRows(d.conn, cohortCurveSql({ period }));
      expect(cells.length).toBeGreaterThan(50);
      for (const parts of [1, 4]) {
        const sql = cohortCellsPartsSql({ into: 'cells_t', period, parts, refDate });
        for (const s of sql.build) d.conn.query(s);
        expectClose(queryRows(d.conn, cohortsFromPeriodsSql({ cells: 'cells_t', period })), cells, 1e-9, `${period} cells in ${parts}`);
        expectClose(queryRows(d.conn, cohortCurveFromPeriodsSql({ cells: 'cells_t', period })), curve, 1e-9, `${period} curve in ${parts}`);
        for (const s of sql.drop) d.conn.query(s);
      }
    }
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_views() WHERE view_name = '__cohort_part'")[0]!.n).toBe(0);
    expect(queryRows(d.conn, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN ('cells_t', '__cohort_part_sizes')")[0]!.n).toBe(0);
  });
});
