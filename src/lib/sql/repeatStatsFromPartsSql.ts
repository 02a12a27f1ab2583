import { sqlIdent } from './sqlIdent';

/**
 * repeatStatsSql's row (same columns and types) from `parts`, a table of repeatPartSql rows,
 * one per customer slice: counts and integer sums add up exactly, then the same divisions.
 */
export function repeatStatsFromPartsSql(parts: string): string {
  return `SELECT sum(customers)::INTEGER AS customers, sum(repeat_customers)::INTEGER AS repeat_customers,
  sum(repeat_customers) / nullif(sum(customers), 0) AS repeat_rate,
  sum(span_days) / nullif(sum(gaps), 0) AS mean_days_between_orders,
  sum(last_year_customers)::INTEGER AS last_year_customers,
  sum(returned_customers)::INTEGER AS returned_customers,
  sum(returned_customers) / nullif(sum(last_year_customers), 0) AS return_share
FROM ${sqlIdent(parts)}`;
}
