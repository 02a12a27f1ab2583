import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { layerCakeFromPeriodsSql } from '../../../src/lib/sql/layerCakeFromPeriodsSql';
import { layerCakeSql } from '../../../src/lib/sql/layerCakeSql';
import { expectClose } from '../../helpers/expectClose';
import { loadGenerated } from '../../helpers/loadGenerated';
import { queryRows } from '../../helpers/loadTransactions';

describe('layerCakeFromPeriodsSql', () => {
  it('layerCakeFromPeriodsSql() puts period p of a cohort in the calendar month p months after its start', () => {
    const sql = layerCakeFromPeriodsSql({ periods: 'p', rfm: 'r' });
    expect(sql).toMatch(/^SELECT \(cohort_start \+ to_months\(period\)\)::DATE AS period_start, cohort, cohort_start, revenue, customers/);
    expect(sql).toContain('FROM p GROUP BY cohort, period');
    expect(sql).toMatch(/ORDER BY period_start, cohort_start$/);
  });

  it('layerCakeFromPeriodsSql() gives layerCakeSql()\'s rows and types after the one-statement and the sliced build', async () => {
    const d = await openNodeDuckDB();
    const refDate = loadGenerated(d, 3000, 13);
    const old = queryRows(d.conn, layerCakeSql());
    expect(old.length).toBeGreaterThan(300);
    const types = (sql: string) => queryRows(d.conn, `DESCRIBE ${sql}`).map((r) => `${String(r.column_name)} ${String(r.column_type)}`);
    for (const [sql, parts] of [[prepareOverviewSql(), 1], [prepareOverviewSql({ refDate }, 3), 3]] as const) {
      for (const s of sql) d.conn.query(s);
      expectClose(queryRows(d.conn, layerCakeFromPeriodsSql()), old, 1e-9, `parts ${parts}`);
    }
    expect(types(layerCakeFromPeriodsSql())).toEqual(types(layerCakeSql()));
    expect(types(layerCakeFromPeriodsSql())[0]).toBe('period_start DATE');
  });
});
