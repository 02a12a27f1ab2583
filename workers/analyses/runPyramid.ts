import type { PyramidOptions } from '../../src/lib/sql/pyramidSql';
import { cnTierSet } from '../../src/lib/sql/cnTierSet';
import { giniSql } from '../../src/lib/sql/giniSql';
import { pyramidSql } from '../../src/lib/sql/pyramidSql';
import { pyramidTiersSql } from '../../src/lib/sql/pyramidTiersSql';
import { topShareSql } from '../../src/lib/sql/topShareSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';
import { withTempTable } from './withTempTable';

/** One pyramid tier; margin and margin_share only when the data has a margin or cost column. */
export interface PyramidTier {
  name: string;
  customers: number;
  revenue: number;
  customer_share: number;
  revenue_share: number;
  margin?: number;
  margin_share?: number;
}

/** The `pyramid` object of CONTRACT.md. */
export interface PyramidResult {
  tiers: PyramidTier[];
  /** Gini of max(value, 0); 0 when there is no positive value. */
  gini: number;
  /** Share of net revenue brought by the top 20% of customers by value. */
  top20_revenue_share: number;
}

/**
 * The customer pyramid for the contract (ANALYSES.md section 2): tiers top down (all listed,
 * empty ones with 0), Gini, top-20% share. `customers` names a per-customer table with tier and
 * value built with the same tiers and value (customer_rfm); otherwise pyramidSql runs once into
 * a temporary table.
 */
export function runPyramid(q: Queryable, opts: PyramidOptions & { customers?: string } = {}): PyramidResult {
  const tiers = opts.tiers ?? cnTierSet;
  const run = (src: string): PyramidResult => {
    const t = readColumns(q.query(pyramidTiersSql({ source: src, tiers })), [
      'tier', 'customers', 'revenue', 'customer_share', 'revenue_share', 'margin', 'margin_share',
    ]);
    const hasMargin = t.margin.some((m) => m !== null);
    const out = t.tier.map((name, i): PyramidTier => {
      const tier: PyramidTier = {
        name: String(name), customers: num(t.customers[i]), revenue: num(t.revenue[i]),
        customer_share: num(t.customer_share[i]), revenue_share: num(t.revenue_share[i]),
      };
      if (hasMargin) Object.assign(tier, { margin: num(t.margin[i]), margin_share: num(t.margin_share[i]) });
      return tier;
    });
    const gini = num(readColumns(q.query(giniSql({ source: src })), ['gini']).gini[0]);
    const top = readColumns(q.query(topShareSql({ source: src, shares: [0.2] })), ['revenue_share']);
    return { tiers: out, gini, top20_revenue_share: num(top.revenue_share[0]) };
  };
  return opts.customers !== undefined ? run(opts.customers) : withTempTable(q, pyramidSql(opts), run);
}
