import type { TierSet } from './TierSet';
import type { ValueOption } from './ValueOption';
import type { WindowOptions } from './WindowOptions';
import { cnTierSet } from './cnTierSet';
import { customerBaseSql } from './customerBaseSql';
import { pyramidValueSql } from './pyramidValueSql';
import { sqlIdent } from './sqlIdent';
import { tierCaseSql } from './tierCaseSql';
import { valueRankSql } from './valueRankSql';

/** Options of pyramidSql. */
export interface PyramidOptions extends WindowOptions {
  /** A per-customer relation with customer_id, revenue, margin; default customerBaseSql(opts). */
  source?: string;
  value?: ValueOption;
  tiers?: TierSet;
}

/**
 * Per-customer pyramid tiers (ANALYSES.md section 2): the source columns plus value,
 * value_rank (1 = highest value, ties by customer_id ascending), tier and tier_index (1 = top).
 */
export function pyramidSql(opts: PyramidOptions = {}): string {
  const src = opts.source === undefined ? `(${customerBaseSql(opts)})` : sqlIdent(opts.source);
  const { value, join } = pyramidValueSql(opts.value);
  const tier = tierCaseSql(opts.tiers ?? cnTierSet);
  return `WITH valued AS (
  SELECT s.*, ${value}::DOUBLE AS value FROM ${src} AS s${join}
),
ranked AS (
  SELECT *, ${valueRankSql('value', 'customer_id')} AS value_rank,
    count(*) OVER () AS n_customers
  FROM valued
)
SELECT * EXCLUDE (n_customers), ${tier.name} AS tier, ${tier.index} AS tier_index
FROM ranked`;
}
