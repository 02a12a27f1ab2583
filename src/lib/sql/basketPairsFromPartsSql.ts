import { basketMeasuresSql } from './basketMeasuresSql';
import { sqlIdent } from './sqlIdent';

/**
 * basketPairsSql's rows (same columns, types and order) from `parts`, a table of basketPartSql
 * rows of every basket slice: the counts are added up (as BIGINT, the type count(*) gives), then
 * support, confidence and lift are computed as basketPairsSql computes them.
 */
export function basketPairsFromPartsSql(parts: string, opts: { minSupport?: number; limit?: number } = {}): string {
  const src = sqlIdent(parts);
  return `WITH n AS (SELECT sum(cnt)::DOUBLE AS baskets FROM ${src} WHERE a IS NULL),
single AS (SELECT a AS item, sum(cnt)::BIGINT AS cnt FROM ${src} WHERE a IS NOT NULL AND b IS NULL GROUP BY a),
pairs AS (SELECT a, b, sum(cnt)::BIGINT AS cnt FROM ${src} WHERE b IS NOT NULL GROUP BY a, b)
${basketMeasuresSql(opts)}`;
}
