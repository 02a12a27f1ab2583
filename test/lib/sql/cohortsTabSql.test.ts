import { describe, expect, it } from 'vitest';
import { cohortCurveSql } from '../../../src/lib/sql/cohortCurveSql';
import { cohortsSql } from '../../../src/lib/sql/cohortsSql';
import { cohortsTabSql } from '../../../src/lib/sql/cohortsTabSql';
import { repeatStatsSql } from '../../../src/lib/sql/repeatStatsSql';

// Run on DuckDB through loadCohorts (test/lib/analyses/loadCohorts.test.ts), against the order-level SQL.
describe('cohortsTabSql', () => {
  const readsOrders = (sql: string) => sql.includes('FROM transactions AS t');

  it('cohortsTabSql() monthly reads only customer_periods and customer_rfm, but for the repeat figures', () => {
    const one = cohortsTabSql('month', { parts: 1, refDate: '2025-01-01' });
    expect(one.build).toEqual([]);
    expect([one.cells, one.curve, one.cake].some(readsOrders)).toBe(false);
    expect(one.cells).toContain('FROM customer_periods GROUP BY');
    expect(one.cake).toMatch(/^SELECT strftime\(period_start, '%Y-%m'\) AS month, cohort, revenue FROM/);
    expect(one.stats).toBe(repeatStatsSql());
    const five = cohortsTabSql('month', { parts: 5, refDate: '2025-01-01' });
    expect(five.build.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW __repeat_part'))).toHaveLength(5);
    expect(five.stats).toMatch(/FROM __repeat_parts$/);
    expect([five.cells, five.curve, five.cake, five.stats].some(readsOrders)).toBe(false);
  });

  it('cohortsTabSql() weekly or quarterly keeps the order-level SQL up to one part, and slices it above', () => {
    expect(cohortsTabSql('week', { parts: 1, refDate: '2025-01-01' })).toMatchObject({ build: [], cells: cohortsSql({ period: 'week' }), curve: cohortCurveSql({ period: 'week' }) });
    expect(cohortsTabSql('quarter', { parts: 3, refDate: null }).cells).toBe(cohortsSql({ period: 'quarter' }));
    const sliced = cohortsTabSql('quarter', { parts: 3, refDate: '2025-01-01' });
    expect(sliced.build.filter((s) => s.startsWith('CREATE OR REPLACE TEMP VIEW __cohort_part'))).toHaveLength(3);
    expect(sliced.cells).toContain('sum(customers) AS n, sum(revenue) AS revenue FROM __cohort_cells');
    expect(sliced.curve).toContain('FROM __cohort_cells');
    expect(sliced.drop).toContain('DROP TABLE IF EXISTS __cohort_cells');
    expect(sliced.drop).toContain('DROP TABLE IF EXISTS __repeat_parts');
  });
});
