import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { cnTierSet } from '../sql/cnTierSet';
import { giniSql } from '../sql/giniSql';
import { pyramidSql } from '../sql/pyramidSql';
import { pyramidTiersSql } from '../sql/pyramidTiersSql';
import type { TierSet } from '../sql/TierSet';
import { topShareSql } from '../sql/topShareSql';
import type { AnalysisEngine } from './types';

/** What customer_pyramid holds: pyramidSql's columns over (customer_id, revenue, margin). */
const COLUMNS = 'customer_id, revenue, margin, value, value_rank, tier, tier_index';
const RANKED = '__pyramid_ranked';

function sameTiers(a: TierSet, b: TierSet): boolean {
  return a.nonPositive === b.nonPositive && a.tiers.length === b.tiers.length
    && a.tiers.every((t, i) => t.name === b.tiers[i]!.name && t.share === b.tiers[i]!.share);
}

/** One tier: its customers, revenue and margin and their shares (margin null without a margin or cost column). */
export interface TierRow {
  name: string; customers: number; customer_share: number; revenue: number; revenue_share: number;
  margin: number | null; margin_share: number | null;
}

/** "The top x of customers bring y": customers counted, their share of revenue and of the ranking value. */
export interface TopShare { share: number; customers: number; revenue_share: number; value_share: number }

/**
 * The pyramid with the view's own cut points and ranking value (net revenue, margin, or the
 * predicted CLV of customer_clv), over customer_rfm's customers
 * (the overview's pyramid keeps the default tiers): every tier top down, and the Gini. The
 * customers are kept ranked in `customer_pyramid` (a temp view) so the top-x share reads the same ranking.
 */
export async function loadPyramid(
  engine: AnalysisEngine,
  opts: { tiers: TierSet; value: 'revenue' | 'margin' | 'clv' },
): Promise<{ tiers: TierRow[]; gini: number }> {
  // Predicted CLV comes from the CLV view's fit (customer_clv); customers it lacks count as 0.
  const value = opts.value === 'clv' ? { table: 'customer_clv', column: 'clv' } : opts.value;
  // customer_rfm already ranks by revenue into the default tiers (prepareOverview): read it in
  // place rather than copy 6.5M customers of a 20M-row file into a temp table (~0.5 GB) that
  // stays until the next pyramid. Other tiers or values rank the customers again, keeping only
  // the columns read here (a copy of every customer_rfm column ran out of memory at 20M rows).
  if (opts.value === 'revenue' && sameTiers(opts.tiers, cnTierSet)) {
    await engine.query(`CREATE OR REPLACE TEMP VIEW customer_pyramid AS SELECT ${COLUMNS} FROM customer_rfm; DROP TABLE IF EXISTS ${RANKED}`);
  } else {
    await engine.query('CREATE OR REPLACE TEMP VIEW pyramid_base AS SELECT customer_id, revenue, margin FROM customer_rfm');
    await engine.query(`CREATE OR REPLACE TEMP TABLE ${RANKED} AS ${pyramidSql({ source: 'pyramid_base', tiers: opts.tiers, value })}`);
    await engine.query(`CREATE OR REPLACE TEMP VIEW customer_pyramid AS SELECT ${COLUMNS} FROM ${RANKED}`);
  }
  const t = readColumns(await engine.query(pyramidTiersSql({ source: 'customer_pyramid', tiers: opts.tiers })),
    ['tier', 'customers', 'customer_share', 'revenue', 'revenue_share', 'margin', 'margin_share']);
  const g = readColumns(await engine.query(giniSql({ source: 'customer_pyramid' })), ['gini']);
  // SAFETY: DuckDB gives numbers (castBigIntToDouble) or null for these columns.
  const orNull = (v: unknown) => (v === null || v === undefined ? null : num(v as number));
  return {
    tiers: t.tier.map((name, i) => ({
      name: String(name), customers: num(t.customers[i]), customer_share: num(t.customer_share[i]),
      revenue: num(t.revenue[i]), revenue_share: num(t.revenue_share[i]), margin: orNull(t.margin[i]), margin_share: orNull(t.margin_share[i]),
    })),
    gini: num(g.gini[0]),
  };
}

/** The top `share` (0..1) of customers by the pyramid's ranking (run loadPyramid first). */
export async function loadTopShare(engine: AnalysisEngine, share: number): Promise<TopShare> {
  const r = readColumns(await engine.query(topShareSql({ source: 'customer_pyramid', shares: [share] })), ['share', 'customers', 'revenue_share', 'value_share']);
  return { share: num(r.share[0]), customers: num(r.customers[0]), revenue_share: num(r.revenue_share[0]), value_share: num(r.value_share[0]) };
}
