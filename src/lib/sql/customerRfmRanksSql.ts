import type { ValueOption } from './ValueOption';
import { pyramidValueSql } from './pyramidValueSql';
import { sqlIdent } from './sqlIdent';
import { valueRankSql } from './valueRankSql';

/**
 * The pyramid's value and value_rank (1 = highest value, ties by customer_id, as pyramidSql) as
 * a narrow table (rid, value, value_rank) over the per-customer `base` table (rid = its rowid).
 * The sort holds three columns a customer instead of the whole customer_rfm row, which is what
 * lets the sliced build (prepareOverviewSql) rank millions of customers in wasm memory.
 */
export function customerRfmRanksSql(value: ValueOption | undefined, base: string): string {
  const v = pyramidValueSql(value);
  return `WITH valued AS (
  SELECT s.rid, s.customer_id, ${v.value}::DOUBLE AS value
  FROM (SELECT rowid AS rid, customer_id, revenue, margin FROM ${sqlIdent(base)}) AS s${v.join}
)
SELECT rid, value, ${valueRankSql('value', 'customer_id')} AS value_rank
FROM valued`;
}
