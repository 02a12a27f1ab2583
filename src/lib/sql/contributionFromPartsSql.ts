import { contributionSharesSql } from './contributionSharesSql';
import { sqlIdent } from './sqlIdent';

/**
 * contributionSql's rows (same columns, types and order) from `parts`, a table of
 * contributionPartSql rows of every customer slice and every order slice: per value revenue,
 * customers, order-less lines plus distinct order ids, margin added up; every value listed
 * unless no line has one (an unmapped column), as contributionSql's HAVING does.
 */
export function contributionFromPartsSql(parts: string): string {
  const src = sqlIdent(parts);
  return `WITH g AS (
  SELECT key, sum(revenue) AS revenue, sum(customers)::INTEGER AS customers, sum(orders)::INTEGER AS orders, sum(margin) AS margin
  FROM ${src} WHERE kind <> 't' GROUP BY key
  HAVING (SELECT sum(keyed) FROM ${src} WHERE kind = 't') > 0
),
t AS (SELECT sum(revenue) AS revenue, sum(customers)::BIGINT AS customers FROM ${src} WHERE kind = 't')
${contributionSharesSql()}`;
}
