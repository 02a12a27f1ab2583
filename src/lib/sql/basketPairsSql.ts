import { basketMeasuresSql } from './basketMeasuresSql';
import type { WindowOptions } from './WindowOptions';
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
${basketMeasuresSql(opts)}`;
}
