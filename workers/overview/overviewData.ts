import { giniSql } from '../../src/lib/sql/giniSql';
import { lorenzSql } from '../../src/lib/sql/lorenzSql';
import { pyramidTiersSql } from '../../src/lib/sql/pyramidTiersSql';
import { rfGridSql } from '../../src/lib/sql/rfGridSql';
import { topShareSql } from '../../src/lib/sql/topShareSql';
import type { Queryable } from '../analyses/Queryable';
import { num } from '../analyses/num';
import { readColumns } from '../analyses/readColumns';
import type { Selection } from './Selection';
import { selectionWhereSql } from './selectionWhereSql';

/** Everything the overview charts draw, for all customers or for a selection. */
export interface OverviewData {
  ref_date: string | null;
  customers: number;
  revenue: number;
  tiers: { name: string; customers: number; revenue: number; customer_share: number; revenue_share: number }[];
  grid: { r: number; f: number; customers: number; revenue: number; mean_m: number }[];
  retention: { cohort: string; period: number; customers: number; rate: number; revenue: number }[];
  lorenz: { customer_share: number; revenue_share: number }[];
  gini: number;
  top20_revenue_share: number;
  /** Set when a selection is active: its size against the whole. */
  selection: { customers: number; revenue: number; customer_share: number; revenue_share: number } | null;
}

/**
 * The overview's aggregates from `customer_rfm` and `customer_periods` (prepareOverviewSql),
 * restricted to the selection when there is one: charts other than the one clicked show the
 * selected customers, and the summary sets them against all customers.
 */
export function overviewData(q: Queryable, selection: Selection | null): OverviewData {
  const sel = selection && selection.keys.length > 0 ? selection : null;
  const src = sel ? 'overview_selected' : 'customer_rfm';
  q.query('DROP TABLE IF EXISTS overview_selected');
  if (sel) q.query(`CREATE TEMP TABLE overview_selected AS SELECT * FROM customer_rfm WHERE ${selectionWhereSql(sel)}`);
  try {
    const totals = readColumns(
      q.query(`SELECT (SELECT count(*) FROM ${src}) AS c, (SELECT coalesce(sum(revenue), 0) FROM ${src}) AS rev,
        (SELECT count(*) FROM customer_rfm) AS all_c, (SELECT coalesce(sum(revenue), 0) FROM customer_rfm) AS all_rev,
        (SELECT any_value(ref_date)::VARCHAR FROM customer_rfm) AS ref_date`),
      ['c', 'rev', 'all_c', 'all_rev', 'ref_date'],
    );
    const t = readColumns(q.query(pyramidTiersSql({ source: src })), ['tier', 'customers', 'revenue', 'customer_share', 'revenue_share']);
    const g = readColumns(q.query(rfGridSql({ source: src })), ['r', 'f', 'customers', 'revenue', 'mean_m']);
    const ret = readColumns(
      q.query(`SELECT cohort, period, count(*)::INTEGER AS customers,
          count(*) / max(count(*)) OVER (PARTITION BY cohort) AS rate, sum(revenue) AS revenue
        FROM customer_periods WHERE customer_id IN (SELECT customer_id FROM ${src})
        GROUP BY cohort, period ORDER BY cohort, period`),
      ['cohort', 'period', 'customers', 'rate', 'revenue'],
    );
    const l = readColumns(q.query(lorenzSql({ source: src, points: 200 })), ['customer_share', 'value_share']);
    const gini = readColumns(q.query(`SELECT (${giniSql({ source: src })}) AS g`), ['g']).g[0];
    const top = readColumns(q.query(topShareSql({ source: src, shares: [0.2] })), ['revenue_share']).revenue_share[0];
    const c = num(totals.c[0]);
    const rev = num(totals.rev[0]);
    const allC = num(totals.all_c[0]);
    const allRev = num(totals.all_rev[0]);
    return {
      ref_date: (totals.ref_date[0] as string | null) ?? null,
      customers: c,
      revenue: rev,
      tiers: t.tier.map((name, i) => ({
        name: String(name), customers: num(t.customers[i]), revenue: num(t.revenue[i]),
        customer_share: num(t.customer_share[i]), revenue_share: num(t.revenue_share[i]),
      })),
      grid: g.r.map((r, i) => ({ r: num(r), f: num(g.f[i]), customers: num(g.customers[i]), revenue: num(g.revenue[i]), mean_m: num(g.mean_m[i]) })),
      retention: ret.cohort.map((cohort, i) => ({
        cohort: String(cohort), period: num(ret.period[i]), customers: num(ret.customers[i]), rate: num(ret.rate[i]), revenue: num(ret.revenue[i]),
      })),
      lorenz: l.customer_share.map((x, i) => ({ customer_share: num(x), revenue_share: num(l.value_share[i]) })),
      gini: num(gini),
      top20_revenue_share: num(top),
      selection: sel ? { customers: c, revenue: rev, customer_share: allC ? c / allC : 0, revenue_share: allRev ? rev / allRev : 0 } : null,
    };
  } finally {
    q.query('DROP TABLE IF EXISTS overview_selected');
  }
}
