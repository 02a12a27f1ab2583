import type { WindowOptions } from './WindowOptions';
import { customerBaseSql } from './customerBaseSql';
import { splitSql } from './splitSql';
import { sqlIdent } from './sqlIdent';

/** Options of loyaltyMatrixSql. */
export interface LoyaltyMatrixOptions extends WindowOptions {
  /** The attitude column (satisfaction, NPS, ...) of a customer table, matched on `id`. */
  attitude: { table: string; column: string; id?: string };
  /** Quantile that splits high from low on both axes (0.5, the median). */
  split?: number;
}

/**
 * The loyalty matrix per customer (ANALYSES.md section 6): customer_id, behaviour (orders in
 * the window: repeat buying), attitude, behaviour_high, attitude_high, cell: 绝对忠诚 true
 * loyalty (high/high), 惯性忠诚 inertia (high behaviour, low attitude), 潜在忠诚 latent (low
 * behaviour, high attitude), 非忠诚 none. Only buyers with a known attitude are placed; without
 * an attitude column there is no matrix (the runner returns null and says so).
 */
export function loyaltyMatrixSql(opts: LoyaltyMatrixOptions): string {
  const a = opts.attitude;
  if (a === undefined) throw new Error('loyalty matrix: no attitude column (expected attitude: {table, column})');
  const q = opts.split ?? 0.5;
  return `WITH j AS (
  SELECT b.customer_id, b.frequency::DOUBLE AS behaviour, TRY_CAST(att.${sqlIdent(a.column)} AS DOUBLE) AS attitude
  FROM (${customerBaseSql(opts)}) AS b
  JOIN ${sqlIdent(a.table)} AS att ON att.${sqlIdent(a.id ?? 'customer_id')}::VARCHAR = b.customer_id
),
s AS (
  SELECT *, ${splitSql('behaviour', q)} AS behaviour_high, ${splitSql('attitude', q)} AS attitude_high
  FROM j WHERE attitude IS NOT NULL
)
SELECT *, CASE WHEN behaviour_high AND attitude_high THEN '绝对忠诚' WHEN behaviour_high THEN '惯性忠诚'
  WHEN attitude_high THEN '潜在忠诚' ELSE '非忠诚' END AS cell
FROM s`;
}
