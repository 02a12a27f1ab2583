import { sqlNumber } from './sqlNumber';

/**
 * The pair measures of a market basket, from CTEs `pairs` (a, b, cnt), `single` (item, cnt) and
 * `n` (baskets): support, confidence both ways and lift, pairs at or above `minSupport`, best
 * lift first. Shared by basketPairsSql (one statement) and basketPairsFromPartsSql (basket
 * slices added up), so both compute and order them the same.
 */
export function basketMeasuresSql(opts: { minSupport?: number; limit?: number } = {}): string {
  const min = sqlNumber(opts.minSupport ?? 0.001, 'minSupport', 0, 1);
  if (opts.limit !== undefined && !Number.isInteger(opts.limit)) throw new Error(`invalid limit: ${opts.limit} (expected an integer)`);
  const limit = opts.limit === undefined ? '' : `\nLIMIT ${sqlNumber(opts.limit, 'limit', 1)}`;
  return `SELECT p.a, p.b, p.cnt::INTEGER AS baskets, p.cnt / n.baskets AS support,
  p.cnt / sa.cnt AS confidence, p.cnt / sb.cnt AS confidence_ba,
  p.cnt * n.baskets / (sa.cnt * sb.cnt) AS lift
FROM pairs AS p JOIN single AS sa ON sa.item = p.a JOIN single AS sb ON sb.item = p.b, n
WHERE p.cnt / n.baskets >= ${min}
ORDER BY lift DESC, support DESC, p.a, p.b${limit}`;
}
