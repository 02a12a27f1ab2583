import type { BasketOptions } from '../../src/lib/sql/basketPairsSql';
import { basketPairsSql } from '../../src/lib/sql/basketPairsSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';

/** The `basket` object of CONTRACT.md: pairs by lift, best first; confidence is P(b | a). */
export interface BasketResult {
  pairs: { a: string; b: string; support: number; confidence: number; lift: number }[];
}

/** Item pairs above the minimum support, best lift first; at most `limit` (default 50). */
export function runBasket(q: Queryable, opts: BasketOptions = {}): BasketResult {
  const p = readColumns(q.query(basketPairsSql({ limit: 50, ...opts })), ['a', 'b', 'support', 'confidence', 'lift']);
  return {
    pairs: p.a.map((a, i) => ({
      a: String(a), b: String(p.b[i]), support: num(p.support[i]), confidence: num(p.confidence[i]), lift: num(p.lift[i]),
    })),
  };
}
