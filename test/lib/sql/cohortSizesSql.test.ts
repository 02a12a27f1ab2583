import { describe, expect, it } from 'vitest';
import { cohortSizesSql } from '../../../src/lib/sql/cohortSizesSql';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { queryRows } from '../../helpers/loadTransactions';

describe('cohortSizesSql', () => {
  it('cohortSizesSql() counts the customers whose first order falls in each period', async () => {
    const { conn } = await openNodeDuckDB();
    conn.query(`CREATE TABLE r AS SELECT * FROM (VALUES ('a', DATE '2024-01-03'), ('b', DATE '2024-01-31'), ('c', DATE '2024-02-01'),
      ('d', DATE '2024-04-30')) AS v(customer_id, first_date)`);
    expect(cohortSizesSql('quarter', 'r')).toBe("SELECT date_trunc('quarter', first_date) AS cohort_start, count(*)::INTEGER AS cohort_size FROM r GROUP BY cohort_start");
    const month = queryRows(conn, `SELECT strftime(cohort_start, '%Y-%m') AS c, cohort_size FROM (${cohortSizesSql('month', 'r')}) ORDER BY 1`);
    expect(month).toEqual([{ c: '2024-01', cohort_size: 2 }, { c: '2024-02', cohort_size: 1 }, { c: '2024-04', cohort_size: 1 }]);
    const quarter = queryRows(conn, `SELECT cohort_size FROM (${cohortSizesSql('quarter', 'r')}) ORDER BY cohort_start`);
    expect(quarter.map((q) => q.cohort_size)).toEqual([3, 1]);
  });
});
