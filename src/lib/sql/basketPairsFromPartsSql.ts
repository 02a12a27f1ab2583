import { sqlIdent } from './sqlIdent';
import { sqlNumber } from './sqlNumber';

/**
 * basketPairsSql's rows (same columns, types and order) from `parts`, a table of basketPartSql
 * rows of every basket slice: the counts are added up (as BIGINT, the type count(*) gives), then
 * support, confidence and lift are computed as basketPairsSql computes them.
 */
export function basketPairsFromPartsSql(parts: string, opts: { minSupport?: number; limit?: number } = {}): string {
  const min = sqlNumber(opts.minSupport ?? 0.001, 'minSupport', 0, 1);
  if (opts.limit !== undefined && !Number.isInteger(opts.limit)) throw new Error(`invalid limit: ${opts.limit} (expected an integer)`);
  const limit = opts.limit === undefined ? '' : `\nLIMIT ${sqlNumber(opts.limit, 'limit', 1)}`;
  const src = sqlIdent(parts);
  return `WITH n AS (SELECT sum(cnt)::DOUBLE AS baskets FROM ${src} WHERE a IS NULL),
single AS (SELECT a AS item, sum(cnt)::BIGINT AS cnt FROM ${src} WHERE a IS NOT NULL AND b IS NULL GROUP BY a),
pairs AS (SELECT a, b, sum(cnt)::BIGINT AS cnt FROM ${src} WHERE b IS NOT NULL GROUP BY a, b)
SELECT p.a, p.b, p.cnt::INTEGER AS baskets, p.cnt / n.baskets AS support,
  p.cnt / sa.cnt AS confidence, p.cnt / sb.cnt AS confidence_ba,
  p.cnt * n.baskets / (sa.cnt * sb.cnt) AS lift
FROM pairs AS p JOIN single AS sa ON sa.item = p.a JOIN single AS sb ON sb.item = p.b, n
WHERE p.cnt / n.baskets >= ${min}
ORDER BY lift DESC, support DESC, p.a, p.b${limit}`;
}
