import type { ValueOption } from './ValueOption';
import { pyramidValueSql } from './pyramidValueSql';
import { rangedRowNumberSql } from './rangedRowNumberSql';
import { sqlIdent } from './sqlIdent';

/**
 * The statements that make `table`: the pyramid's value and value_rank (1 = highest value, ties
 * by customer_id, NULLs last: valueRankSql's order, as pyramidSql) as a narrow table (rid, value,
 * value_rank) over the per-customer `base` table (rid = its rowid). The sort holds three columns
 * a customer instead of the whole customer_rfm row, and with `parts` > 1 one range of values at a
 * time (rangedRowNumberSql), which is what lets the sliced build (prepareOverviewSql) rank
 * millions of customers in wasm memory.
 */
export function customerRfmRanksSql(value: ValueOption | undefined, base: string, table: string, parts = 1): string[] {
  const v = pyramidValueSql(value);
  const valued = `(
  SELECT s.rid, s.customer_id, ${v.value}::DOUBLE AS value
  FROM (SELECT rowid AS rid, customer_id, revenue, margin FROM ${sqlIdent(base)}) AS s${v.join}
) AS valued`;
  return rangedRowNumberSql({ source: valued, value: 'value', id: 'customer_id', desc: true, columns: 'rid, value', as: 'value_rank', table, parts });
}
