import { cnTierSet } from '../../src/lib/sql/cnTierSet';
import { tierNames } from '../../src/lib/sql/tierNames';
import type { Queryable } from '../analyses/Queryable';
import { num } from '../analyses/num';
import { readColumns } from '../analyses/readColumns';
import { cellOverviewSql } from './cellOverviewSql';
import { lorenzGini } from './lorenzGini';
import type { OverviewData } from './overviewData';
import type { SelectionCells } from './SelectionCells';
import { topShare } from './topShare';

/**
 * The overview of a selection of cell keys from selectionCellsSql's tables (`where` from
 * cellWhereSql), in two queries (cellOverviewSql): the same overview as overviewData reads from
 * the selected customer rows, up to floating-point summation order. The selection's totals are
 * its tiers' (every customer has one tier); all customers' come from `all`. `points`: Lorenz points.
 */
export function cellOverview(q: Queryable, where: { agg: string; ranked: string }, all: SelectionCells['all'], points: number): OverviewData {
  const sql = cellOverviewSql(where);
  const t = readColumns(q.query(sql.cells), ['part', 'tier', 'r', 'f', 'cohort', 'period', 'customers', 'revenue', 'monetary', 'monetary_n']);
  const byTier = new Map<string, { customers: number; revenue: number }>();
  const grid = new Map<string, OverviewData['grid'][number] & { monetary: number; monetary_n: number }>();
  const retention: OverviewData['retention'] = [];
  // The shares' denominators are all selected rows', as customerOverviewSql's; the totals are
  // the named tiers' (overviewData's sum of its tiers).
  let rowsC = 0;
  let rowsRev = 0;
  for (let i = 0; i < t.part.length; i++) {
    const customers = num(t.customers[i]);
    const revenue = num(t.revenue[i]);
    if (num(t.part[i]) === 1) {
      retention.push({ cohort: String(t.cohort[i]), period: num(t.period[i]), customers, rate: 0, revenue });
      continue;
    }
    rowsC += customers;
    rowsRev += revenue;
    const tier = byTier.get(String(t.tier[i])) ?? { customers: 0, revenue: 0 };
    byTier.set(String(t.tier[i]), { customers: tier.customers + customers, revenue: tier.revenue + revenue });
    const key = `${t.r[i]},${t.f[i]}`;
    const cell = grid.get(key) ?? { r: num(t.r[i]), f: num(t.f[i]), customers: 0, revenue: 0, mean_m: 0, monetary: 0, monetary_n: 0 };
    cell.customers += customers;
    cell.revenue += revenue;
    cell.monetary += num(t.monetary[i]);
    cell.monetary_n += num(t.monetary_n[i]);
    grid.set(key, cell);
  }
  // Rates against each cohort's largest period (its size), as customerOverviewSql's window does.
  const size = new Map<string, number>();
  for (const r of retention) size.set(r.cohort, Math.max(size.get(r.cohort) ?? 0, r.customers));
  for (const r of retention) r.rate = r.customers / size.get(r.cohort)!;
  const dist = rankedDistribution(q, sql.ranked, points);
  const tiers = tierNames(cnTierSet).map((name) => {
    const x = byTier.get(name) ?? { customers: 0, revenue: 0 };
    return { name, customers: x.customers, revenue: x.revenue, customer_share: rowsC ? x.customers / rowsC : 0, revenue_share: rowsRev ? x.revenue / rowsRev : 0 };
  });
  const c = tiers.reduce((s, x) => s + x.customers, 0);
  const rev = tiers.reduce((s, x) => s + x.revenue, 0);
  return {
    ref_date: all.refDate,
    customers: c,
    revenue: rev,
    tiers,
    grid: [...grid.values()].map(({ r, f, customers, revenue, monetary, monetary_n }) => ({
      r, f, customers, revenue, mean_m: monetary_n > 0 ? monetary / monetary_n : 0,
    })),
    retention,
    ...dist,
    selection: {
      customers: c, revenue: rev,
      customer_share: all.customers ? c / all.customers : 0, revenue_share: all.revenue ? rev / all.revenue : 0,
    },
  };
}

/** Lorenz, Gini and top share in TypeScript over the selected customers in Lorenz order: one scan, no window. */
function rankedDistribution(q: Queryable, rankedSql: string, points: number): Pick<OverviewData, 'lorenz' | 'gini' | 'top20_revenue_share'> {
  // One row per selected customer: streamed where the engine can, so that a big tier's rows do
  // not take the wasm heap a step higher (Node, 20M rows, a tier of 1.2M customers: the heap
  // stayed at 817 MB streamed, grew to 922 MB materialized; both about 0.3 s).
  const t = q.queryStreamed ? q.queryStreamed(rankedSql) : q.query(rankedSql);
  // SAFETY: x is DOUBLE, value_rank INTEGER and revenue DOUBLE, none NULL (selectionCellsSql), so
  // toArray gives typed arrays; an empty stand-in table (the bench's recorder) gives none.
  const col = (name: string) => (t.getChild(name)?.toArray() ?? []) as ArrayLike<number>;
  const { lorenz, gini } = lorenzGini(col('x'), points);
  return { lorenz, gini, top20_revenue_share: topShare(col('value_rank'), col('revenue')) };
}
