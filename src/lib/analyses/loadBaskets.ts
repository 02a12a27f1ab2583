import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { basketPairsFromPartsSql } from '../sql/basketPairsFromPartsSql';
import { basketPairsSql } from '../sql/basketPairsSql';
import { basketPartSql } from '../sql/basketPartSql';
import { contributionFromPartsSql } from '../sql/contributionFromPartsSql';
import { contributionPartSql } from '../sql/contributionPartSql';
import { contributionSql, type ContributionDimension } from '../sql/contributionSql';
import { dataParts } from './dataParts';
import type { AnalysisEngine } from './types';

const PARTS = '__basket_parts';
const CONTRIBUTION_PARTS = '__contribution_parts';

/** An item pair bought in the same basket; confidence = P(b | a), confidence_ba = P(a | b). */
export interface PairRow { a: string; b: string; baskets: number; support: number; confidence: number; confidence_ba: number; lift: number }

/** One value of a dimension; key null = lines with no value. */
export interface ContributionRow {
  key: string | null; revenue: number; customers: number; orders: number; margin: number | null;
  revenue_share: number; cumulative_share: number; customer_share: number;
}

/**
 * The best `limit` pairs by lift with at least `minSupport` support, and the number of baskets.
 * Above 4M rows (dataParts, or `given` in tests) the baskets are counted one hash slice at a
 * time (basketPartSql) and added up: in one statement 20M lines ran DuckDB-WASM out of memory.
 */
export async function loadPairs(
  engine: AnalysisEngine,
  opts: { level: 'product' | 'category'; minSupport: number; limit?: number },
  given?: { parts: number },
): Promise<{ pairs: PairRow[]; baskets: number | null }> {
  const parts = (given ?? (await dataParts(engine))).parts;
  const limit = opts.limit ?? 50;
  let table;
  if (parts <= 1) table = await engine.query(basketPairsSql({ level: opts.level, minSupport: opts.minSupport, limit }));
  else {
    try {
      for (let k = 0; k < parts; k++) {
        const part = basketPartSql({ level: opts.level, k, of: parts });
        await engine.query(k === 0 ? `CREATE OR REPLACE TEMP TABLE ${PARTS} AS ${part}` : `INSERT INTO ${PARTS} ${part}`);
      }
      table = await engine.query(basketPairsFromPartsSql(PARTS, { minSupport: opts.minSupport, limit }));
    } finally {
      await engine.query(`DROP TABLE IF EXISTS ${PARTS}`);
    }
  }
  const p = readColumns(table, ['a', 'b', 'baskets', 'support', 'confidence', 'confidence_ba', 'lift']);
  const pairs = p.a.map((a, i) => ({
    a: String(a), b: String(p.b[i]), baskets: num(p.baskets[i]), support: num(p.support[i]),
    confidence: num(p.confidence[i]), confidence_ba: num(p.confidence_ba[i]), lift: num(p.lift[i]),
  }));
  // support = baskets holding both / all baskets, so any pair gives the number of baskets back.
  const first = pairs[0];
  return { pairs, baskets: first && first.support > 0 ? Math.round(first.baskets / first.support) : null };
}

/**
 * Revenue, customers, orders (and margin) per value of a dimension, largest first. Above 4M rows
 * (dataParts, or `given` in tests) counted in customer slices and order-id slices
 * (contributionPartSql) and added up: the distinct counts of 20M lines ran out of memory.
 */
export async function loadContribution(engine: AnalysisEngine, dimension: ContributionDimension, given?: { parts: number }): Promise<ContributionRow[]> {
  const parts = (given ?? (await dataParts(engine))).parts;
  let table;
  if (parts <= 1) table = await engine.query(contributionSql({ dimension }));
  else {
    try {
      let first = true;
      for (const by of ['customer', 'order'] as const) {
        for (let k = 0; k < parts; k++) {
          const part = contributionPartSql({ dimension, by, k, of: parts });
          await engine.query(first ? `CREATE OR REPLACE TEMP TABLE ${CONTRIBUTION_PARTS} AS ${part}` : `INSERT INTO ${CONTRIBUTION_PARTS} ${part}`);
          first = false;
        }
      }
      table = await engine.query(contributionFromPartsSql(CONTRIBUTION_PARTS));
    } finally {
      await engine.query(`DROP TABLE IF EXISTS ${CONTRIBUTION_PARTS}`);
    }
  }
  const c = readColumns(table, ['key', 'revenue', 'customers', 'orders', 'margin', 'revenue_share', 'cumulative_share', 'customer_share']);
  return c.key.map((key, i) => ({
    key: key === null ? null : String(key), revenue: num(c.revenue[i]), customers: num(c.customers[i]), orders: num(c.orders[i]),
    margin: c.margin[i] === null ? null : num(c.margin[i]), revenue_share: num(c.revenue_share[i]),
    cumulative_share: num(c.cumulative_share[i]), customer_share: num(c.customer_share[i]),
  }));
}
