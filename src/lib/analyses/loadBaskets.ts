import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { basketPairsSql } from '../sql/basketPairsSql';
import { contributionSql, type ContributionDimension } from '../sql/contributionSql';
import type { AnalysisEngine } from './types';

/** An item pair bought in the same basket; confidence = P(b | a), confidence_ba = P(a | b). */
export interface PairRow { a: string; b: string; baskets: number; support: number; confidence: number; confidence_ba: number; lift: number }

/** One value of a dimension; key null = lines with no value. */
export interface ContributionRow {
  key: string | null; revenue: number; customers: number; orders: number; margin: number | null;
  revenue_share: number; cumulative_share: number; customer_share: number;
}

/** The best `limit` pairs by lift with at least `minSupport` support, and the number of baskets. */
export async function loadPairs(
  engine: AnalysisEngine,
  opts: { level: 'product' | 'category'; minSupport: number; limit?: number },
): Promise<{ pairs: PairRow[]; baskets: number | null }> {
  const p = readColumns(await engine.query(basketPairsSql({ level: opts.level, minSupport: opts.minSupport, limit: opts.limit ?? 50 })),
    ['a', 'b', 'baskets', 'support', 'confidence', 'confidence_ba', 'lift']);
  const pairs = p.a.map((a, i) => ({
    a: String(a), b: String(p.b[i]), baskets: num(p.baskets[i]), support: num(p.support[i]),
    confidence: num(p.confidence[i]), confidence_ba: num(p.confidence_ba[i]), lift: num(p.lift[i]),
  }));
  // support = baskets holding both / all baskets, so any pair gives the number of baskets back.
  const first = pairs[0];
  return { pairs, baskets: first && first.support > 0 ? Math.round(first.baskets / first.support) : null };
}

/** Revenue, customers, orders (and margin) per value of a dimension, largest first. */
export async function loadContribution(engine: AnalysisEngine, dimension: ContributionDimension): Promise<ContributionRow[]> {
  const c = readColumns(await engine.query(contributionSql({ dimension })),
    ['key', 'revenue', 'customers', 'orders', 'margin', 'revenue_share', 'cumulative_share', 'customer_share']);
  return c.key.map((key, i) => ({
    key: key === null ? null : String(key), revenue: num(c.revenue[i]), customers: num(c.customers[i]), orders: num(c.orders[i]),
    margin: c.margin[i] === null ? null : num(c.margin[i]), revenue_share: num(c.revenue_share[i]),
    cumulative_share: num(c.cumulative_share[i]), customer_share: num(c.customer_share[i]),
  }));
}
