import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { Engine } from '../../../workers/engine';
import { cellOverviewSql } from '../../../workers/overview/cellOverviewSql';
import { cellWhereSql } from '../../../workers/overview/cellWhereSql';
import { prepareOverviewSql } from '../../../workers/overview/prepareOverviewSql';
import { selectionCellsSql } from '../../../workers/overview/selectionCellsSql';
import { readColumns } from '../../../workers/analyses/readColumns';
import { num } from '../../../workers/analyses/num';
import { generatedTransactionsSql } from '../../helpers/generatedTransactions';

describe('cellOverviewSql()', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    engine.exec(generatedTransactionsSql(800));
    for (const sql of prepareOverviewSql()) engine.exec(sql);
    for (const sql of selectionCellsSql([])) engine.exec(sql);
  });
  const where = cellWhereSql({ source: 'pyramid', keys: ['次要客户', '小客户'] }, [])!;

  it('cellOverviewSql() reads the selection in one query for tiers, grid and retention, and one for the Lorenz order', () => {
    const sql = cellOverviewSql(where);
    expect(sql.cells).toContain(`FROM overview_sel_agg WHERE kind = 'tier' AND key IN ('次要客户', '小客户') GROUP BY tier, r, f`);
    expect(sql.cells).toContain(`FROM overview_sel_ret WHERE kind = 'tier' AND key IN ('次要客户', '小客户') GROUP BY cohort, period`);
    expect(sql.cells.endsWith('ORDER BY part, r, f, cohort, period')).toBe(true);
    expect(sql.ranked).toBe(`SELECT greatest(coalesce(value, 0), 0)::DOUBLE AS x, value_rank, revenue FROM customer_rfm WHERE tier IN ('次要客户', '小客户') ORDER BY value_rank DESC`);
  });

  it('cellOverviewSql() cells: part 0 sums to the selected customers by (tier, r, f), part 1 to their period rows, each in order', () => {
    const t = readColumns(engine.query(cellOverviewSql(where).cells), ['part', 'tier', 'r', 'f', 'cohort', 'period', 'customers']);
    const rows = t.part.map((p, i) => ({ p: num(p), tier: t.tier[i], rf: [num(t.r[i]), num(t.f[i])], cohort: t.cohort[i], period: num(t.period[i]), n: num(t.customers[i]) }));
    const a = rows.filter((r) => r.p === 0);
    const b = rows.filter((r) => r.p === 1);
    expect(rows).toEqual([...a, ...b]);
    const one = (sql: string) => num(engine.query(sql).getChild('n')?.get(0));
    expect(a.reduce((s, r) => s + r.n, 0)).toBe(one(`SELECT count(*)::INTEGER AS n FROM customer_rfm WHERE tier IN ('次要客户', '小客户')`));
    expect(new Set(a.map((r) => r.tier))).toEqual(new Set(['次要客户', '小客户']));
    expect(a.map((r) => r.rf)).toEqual([...a.map((r) => r.rf)].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
    expect(b.reduce((s, r) => s + r.n, 0)).toBe(one(`SELECT count(*)::INTEGER AS n FROM customer_periods JOIN customer_rfm USING (customer_id) WHERE tier IN ('次要客户', '小客户')`));
    expect(b.map((r) => `${r.cohort}|${String(r.period).padStart(4, '0')}`)).toEqual(b.map((r) => `${r.cohort}|${String(r.period).padStart(4, '0')}`).sort());
    expect(b.every((r) => r.tier === null && typeof r.cohort === 'string')).toBe(true);
  });
});
