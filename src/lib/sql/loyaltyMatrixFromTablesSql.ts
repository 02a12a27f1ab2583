import { quadrantSplitSql } from './quadrantSplitSql';
import { sqlIdent } from './sqlIdent';

/** Options of loyaltyMatrixFromTablesSql. */
export interface LoyaltyMatrixTables {
  /** The per-customer table with `frequency` (orders in the window): customer_rfm, the default. */
  customers?: string;
  /** The attitude column (satisfaction, NPS, ...) of a customer table, matched on `id`. */
  attitude: { table: string; column: string; id?: string };
  /** Quantile that splits high from low on both axes (0.5, the median). */
  split?: number;
  /** The table quadrantSplitSql's `cuts` statements fill with the two cut points. */
  cuts: string;
}

/**
 * loyaltyMatrixSql's rows (same columns, types and values) from per-customer tables instead of
 * the orders: behaviour is customer_rfm's frequency (the same orders per customer in the same
 * window); only buyers with a known attitude are placed; split into quadrants by
 * quadrantSplitSql (run `cuts`, which fill table `opts.cuts`, before `sql`).
 */
export function loyaltyMatrixFromTablesSql(opts: LoyaltyMatrixTables): { cuts: string[]; sql: string } {
  const a = opts.attitude;
  const value = `TRY_CAST(att.${sqlIdent(a.column)} AS DOUBLE)`;
  const rows = `  SELECT b.customer_id, b.frequency::DOUBLE AS behaviour, ${value} AS attitude
  FROM ${sqlIdent(opts.customers ?? 'customer_rfm')} AS b
  JOIN ${sqlIdent(a.table)} AS att ON att.${sqlIdent(a.id ?? 'customer_id')}::VARCHAR = b.customer_id
  WHERE ${value} IS NOT NULL`;
  const cells = { both: '绝对忠诚', x: '惯性忠诚', y: '潜在忠诚', none: '非忠诚' };
  return quadrantSplitSql(rows, { x: 'behaviour', xHigh: 'behaviour_high', y: 'attitude', yHigh: 'attitude_high', cells }, opts.split ?? 0.5, opts.cuts);
}
