import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { cohortPeriodSql } from '../../../src/lib/sql/cohortPeriodSql';
import { queryRows } from '../../helpers/loadTransactions';

describe('cohortPeriodSql', () => {
  let d: Awaited<ReturnType<typeof openNodeDuckDB>>;
  beforeAll(async () => {
    d = await openNodeDuckDB();
  });

  it('cohortPeriodSql() numbers periods so that ordinal(d) - ordinal(c) = index(d, c) for every period start c', () => {
    // Dates every 5 days from 1968 to 1973 (across 1970 and a leap year), each against each start.
    const dates = `SELECT (DATE '1968-01-01' + INTERVAL (5 * range) DAY)::DATE AS d FROM range(440)`;
    for (const grain of ['month', 'quarter', 'week'] as const) {
      const p = cohortPeriodSql(grain);
      const sql = `WITH x AS (${dates}), c AS (SELECT DISTINCT ${p.start('d')} AS c FROM x)
SELECT count(*) AS pairs, count(*) FILTER (WHERE ${p.ordinal('d')} - ${p.ordinal('c')} <> ${p.index('d', 'c')}) AS wrong,
  count(DISTINCT ${p.ordinal('d')}) AS ordinals, count(DISTINCT ${p.start('d')}) AS periods
FROM x, c`;
      const [r] = queryRows(d.conn, sql);
      expect(r.wrong, grain).toBe(0);
      expect(r.pairs, grain).toBeGreaterThan(440 * 20);
      // One number per period: grouping by it groups as the period start does.
      expect(r.ordinals, grain).toBe(r.periods);
    }
  });

  it('cohortPeriodSql() labels months, quarters and weeks', () => {
    const labels = (['month', 'quarter', 'week'] as const).map((g) => queryRows(d.conn, `SELECT ${cohortPeriodSql(g).label(cohortPeriodSql(g).start("DATE '2024-05-15'"))} AS l`)[0].l);
    expect(labels).toEqual(['2024-05', '2024-Q2', '2024-05-13']);
  });

  it('cohortPeriodSql() refuses an unknown grain', () => {
    expect(() => cohortPeriodSql('year')).toThrow('invalid period: year (expected month, week or quarter)');
  });
});
