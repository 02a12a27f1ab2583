import type { Queryable } from '../analyses/Queryable';
import { num } from '../analyses/num';
import { readColumns } from '../analyses/readColumns';
import { cellOverview } from './cellOverview';
import { cellWhereSql } from './cellWhereSql';
import { customerOverviewSql } from './customerOverviewSql';
import { lorenzFromBuckets } from './lorenzFromBuckets';
import type { Selection } from './Selection';
import type { SelectionCells } from './SelectionCells';
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

/** What customerOverviewSql reads of a per-customer relation (tiers, RF grid, Lorenz, Gini, top share, retention). */
const SELECTED_COLUMNS = 'customer_id, tier, r, f, revenue, margin, monetary, value, value_rank';

/** Lorenz points drawn: enough for a chart of a million customers. */
const LORENZ_POINTS = 200;

/**
 * The overview's aggregates from `customer_rfm` and `customer_periods` (prepareOverviewSql),
 * restricted to the selection when there is one: charts other than the one clicked show the
 * selected customers, and the summary sets them against all customers. `cells` lists the
 * segment columns when selectionCellsSql's tables are built: a selection of cell keys (tier,
 * RF cell, cohort, segment) then reads them; other selections filter the per-customer rows.
 */
export function overviewData(q: Queryable, selection: Selection | null, cells: SelectionCells | null = null): OverviewData {
  const sel = selection && selection.keys.length > 0 ? selection : null;
  const where = sel && cells ? cellWhereSql(sel, cells.segmentColumns) : null;
  if (where && cells) return cellOverview(q, where, cells.all, LORENZ_POINTS);
  const perCustomer = sel !== null;
  if (perCustomer) {
    q.query('DROP TABLE IF EXISTS overview_selected');
    // Only the columns customerOverviewSql reads: a temp table is not compressed, and a big
    // selection of customer_rfm's 30-odd columns is where this path runs out of memory first.
    q.query(`CREATE TEMP TABLE overview_selected AS SELECT ${SELECTED_COLUMNS} FROM customer_rfm WHERE ${selectionWhereSql(sel)}`);
  }
  try {
    const sql = customerOverviewSql(sel ? 'overview_selected' : 'customer_rfm', LORENZ_POINTS);
    const t = readColumns(q.query(sql.tiers), ['tier', 'customers', 'revenue', 'customer_share', 'revenue_share']);
    const g = readColumns(q.query(sql.grid), ['r', 'f', 'customers', 'revenue', 'mean_m']);
    const ret = readColumns(q.query(sql.retention), ['cohort', 'period', 'customers', 'rate', 'revenue']);
    const tiers = t.tier.map((name, i) => ({
      name: String(name), customers: num(t.customers[i]), revenue: num(t.revenue[i]),
      customer_share: num(t.customer_share[i]), revenue_share: num(t.revenue_share[i]),
    }));
    const totals = customerTotals(q, sql.totals);
    const { c, rev } = totals;
    // All customers: one sorted scan read in TypeScript (as on the cells) instead of three
    // window queries; a per-customer selection keeps the SQL ones.
    const dist = sel ? customerDistribution(q, sql) : rankedDistribution(q, sql);
    return {
      ref_date: totals.refDate,
      customers: c,
      revenue: rev,
      tiers,
      grid: g.r.map((r, i) => ({ r: num(r), f: num(g.f[i]), customers: num(g.customers[i]), revenue: num(g.revenue[i]), mean_m: num(g.mean_m[i]) })),
      retention: ret.cohort.map((cohort, i) => ({
        cohort: String(cohort), period: num(ret.period[i]), customers: num(ret.customers[i]), rate: num(ret.rate[i]), revenue: num(ret.revenue[i]),
      })),
      ...dist,
      selection: sel ? {
        customers: c, revenue: rev,
        customer_share: totals.customers ? c / totals.customers : 0, revenue_share: totals.revenue ? rev / totals.revenue : 0,
      } : null,
    };
  } finally {
    if (perCustomer) q.query('DROP TABLE IF EXISTS overview_selected');
  }
}

type Distribution = Pick<OverviewData, 'lorenz' | 'gini' | 'top20_revenue_share'>;

/** The selection's and all customers' totals, by query (the per-customer path). */
function customerTotals(q: Queryable, sql: string): { c: number; rev: number } & SelectionCells['all'] {
  const t = readColumns(q.query(sql), ['c', 'rev', 'all_c', 'all_rev', 'ref_date']);
  return {
    c: num(t.c[0]), rev: num(t.rev[0]), customers: num(t.all_c[0]), revenue: num(t.all_rev[0]),
    refDate: (t.ref_date[0] as string | null) ?? null,
  };
}

function customerDistribution(q: Queryable, sql: { lorenz: string; gini: string; top: string }): Distribution {
  const l = readColumns(q.query(sql.lorenz), ['customer_share', 'value_share']);
  const gini = readColumns(q.query(sql.gini), ['g']).g[0];
  const top = readColumns(q.query(sql.top), ['revenue_share']).revenue_share[0];
  return {
    lorenz: l.customer_share.map((x, i) => ({ customer_share: num(x), revenue_share: num(l.value_share[i]) })),
    gini: num(gini),
    top20_revenue_share: num(top),
  };
}

/** All customers: Lorenz and Gini in TypeScript from the Lorenz steps over value_rank (no sort), the top share from value_rank. */
function rankedDistribution(q: Queryable, sql: { buckets: string; topRanked: string }): Distribution {
  const t = readColumns(q.query(sql.buckets), ['b', 'i0', 'x0', 's', 'w', 'n']);
  const buckets = t.b.map((b, k) => ({ b: num(b), i0: num(t.i0[k]), x0: num(t.x0[k]), s: num(t.s[k]), w: num(t.w[k]) }));
  const { lorenz, gini } = lorenzFromBuckets(buckets, buckets.length > 0 ? num(t.n[0]) : 0);
  return { lorenz, gini, top20_revenue_share: num(readColumns(q.query(sql.topRanked), ['revenue_share']).revenue_share[0]) };
}
