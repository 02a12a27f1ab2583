import { describe, expect, it } from 'vitest';
import { engineTablesSql } from '../../../src/lib/notebook/engineTablesSql';
import { lifecycleStages } from '../../../src/lib/sql/lifecycleStages';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { duck, loadShop } from './duck';

describe('engineTablesSql', () => {
  it('engineTablesSql() builds only the engine tables read, with the statements the app runs after an import', () => {
    expect(engineTablesSql(new Set(['transactions', 'pyramid']))).toEqual({ statements: [], unavailable: [] });
    const { statements, unavailable } = engineTablesSql(new Set(['customer_periods', 'customer_rfm', 'customer_clv']));
    // The two tables' statements (customer_rfm's DDL and insert, customer_periods'); the app's last one drops a temp table of its own, not the script's business.
    expect(statements).toEqual(prepareOverviewSql().slice(0, 3).map((s) => `${s};`));
    expect(unavailable).toEqual(['customer_clv']);
  });

  it('engineTablesSql() builds customer_rfm too when only customer_periods is read, and the script runs', async () => {
    const { statements } = engineTablesSql(new Set(['customer_periods']));
    expect(statements).toEqual(prepareOverviewSql().slice(0, 3).map((s) => `${s};`));
    const d = await duck();
    loadShop(d, 'en');
    d.conn.query('DROP TABLE customer_rfm; DROP TABLE customer_periods');
    for (const s of statements) d.conn.query(s);
    expect(Number(d.rows('SELECT count(DISTINCT customer_id) AS n FROM customer_periods')[0]!.n)).toBe(Number(d.rows('SELECT count(DISTINCT customer_id) AS n FROM transactions')[0]!.n));
  });

  it('engineTablesSql() builds customer_stage with the lifecycle defaults, and it runs on DuckDB', async () => {
    const d = await duck();
    loadShop(d, 'en');
    const { statements } = engineTablesSql(new Set(['customer_stage']));
    expect(statements).toHaveLength(1);
    for (const s of statements) d.conn.query(s);
    const stages = d.rows('SELECT stage, count(*)::INTEGER AS n FROM customer_stage GROUP BY 1 ORDER BY 1');
    expect(stages.map((r) => r.stage)).toEqual([...lifecycleStages].sort());
    expect(stages.reduce((n, r) => n + Number(r.n), 0)).toBe(Number(d.rows('SELECT count(DISTINCT customer_id) AS n FROM transactions')[0]!.n));
  });
});
