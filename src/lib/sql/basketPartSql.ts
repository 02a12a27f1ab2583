import type { BasketOptions } from './basketPairsSql';
import { sqlNumber } from './sqlNumber';
import { transactionLinesSql } from './transactionLinesSql';

/**
 * basketPairsSql's counts over the baskets of hash slice `k` of `of`, as rows (a, b, cnt):
 * a and b NULL = the number of baskets; b NULL = baskets holding item a; both set = baskets
 * holding the pair a < b. A basket's lines share an order_id, or (without one) a customer and
 * day, so slicing on hash(coalesce(order_id, customer_id)) keeps every basket whole and the
 * slices' counts add up (basketPairsFromPartsSql). On 20M lines the distinct (basket, item)
 * table of one statement ran DuckDB-WASM out of memory.
 */
export function basketPartSql(opts: BasketOptions & { k: number; of: number }): string {
  const level = opts.level ?? 'product';
  if (level !== 'product' && level !== 'category') {
    throw new Error(`invalid level: ${String(level)} (expected product or category)`);
  }
  if (!Number.isInteger(opts.of) || !Number.isInteger(opts.k)) throw new Error(`invalid slice: ${opts.k} of ${opts.of} (expected whole numbers)`);
  const of = sqlNumber(opts.of, 'of', 1);
  const k = sqlNumber(opts.k, 'k', 0, opts.of - 1);
  return `WITH items AS (
  SELECT DISTINCT
    CASE WHEN order_id IS NOT NULL THEN 'o:' || order_id ELSE 'c:' || customer_id || '|' || order_date::VARCHAR END AS basket,
    ${level} AS item
  FROM (${transactionLinesSql(opts)}) AS l
  WHERE ${level} IS NOT NULL AND hash(coalesce(order_id, customer_id)) % ${of} = ${k}
)
SELECT NULL::VARCHAR AS a, NULL::VARCHAR AS b, count(DISTINCT basket) AS cnt FROM items
UNION ALL
SELECT item, NULL, count(*) FROM items GROUP BY item
UNION ALL
SELECT x.item, y.item, count(*)
FROM items AS x JOIN items AS y ON x.basket = y.basket AND x.item < y.item
GROUP BY x.item, y.item`;
}
