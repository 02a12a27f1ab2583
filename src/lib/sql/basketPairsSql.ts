import type { WindowOptions } from './WindowOptions';
import { sqlNumber } from './sqlNumber';
import { transactionLinesSql } from './transactionLinesSql';

/** Options of basketPairsSql. */
export interface BasketOptions extends WindowOptions {
  /** Pair products (default) or categories. */
  level?: 'product' | 'category';
  /** Smallest share of baskets holding both items (default 0.001 = 0.1%). */
  minSupport?: number;
  /** Keep the best `limit` pairs by lift (default all). */
  limit?: number;
}

/**
 * Item pairs bought together (ANALYSES.md section 7): a, b (a < b), baskets (holding both),
 * support = P(a and b), confidence = P(b | a), confidence_ba = P(a | b),
 * lift = P(a and b) / (P(a) P(b)); pairs with support >= minSupport, best lift first.
 * A basket is an order: rows sharing an order_id. Rows without an order_id are grouped by
 * customer and day: each such row is an order of its own for RFM, but a one-line order can never
 * hold a pair, and same-day purchases are the usual market-basket unit when the data has no
 * order number. Items repeated in a basket count once.
 */
export function basketPairsSql(opts: BasketOptions = {}): string {
  const level = opts.level ?? 'product';
  if (level !== 'product' && level !== 'category') {
    throw new Error(`invalid level: ${String(level)} (expected product or category)`);
  }
  const min = sqlNumber(opts.minSupport ?? 0.001, 'minSupport', 0, 1);
  const limit = opts.limit === undefined ? '' : `\nLIMIT ${sqlNumber(opts.limit, 'limit', 1)}`;
  if (opts.limit !== undefined && !Number.isInteger(opts.limit)) throw new Error(`invalid limit: ${opts.limit} (expected an integer)`);
  return `WITH items AS (
  SELECT DISTINCT
    CASE WHEN order_id IS NOT NULL THEN 'o:' || order_id ELSE 'c:' || customer_id || '|' || order_date::VARCHAR END AS basket,
    ${level} AS item
  FROM (${transactionLinesSql(opts)}) AS l
  WHERE ${level} IS NOT NULL
),
n AS (SELECT count(DISTINCT basket)::DOUBLE AS baskets FROM items),
single AS (SELECT item, count(*) AS cnt FROM items GROUP BY item),
pairs AS (
  SELECT x.item AS a, y.item AS b, count(*) AS cnt
  FROM items AS x JOIN items AS y ON x.basket = y.basket AND x.item < y.item
  GROUP BY x.item, y.item
)
SELECT p.a, p.b, p.cnt::INTEGER AS baskets, p.cnt / n.baskets AS support,
  p.cnt / sa.cnt AS confidence, p.cnt / sb.cnt AS confidence_ba,
  p.cnt * n.baskets / (sa.cnt * sb.cnt) AS lift
FROM pairs AS p JOIN single AS sa ON sa.item = p.a JOIN single AS sb ON sb.item = p.b, n
WHERE p.cnt / n.baskets >= ${min}
ORDER BY lift DESC, support DESC, p.a, p.b${limit}`;
}
