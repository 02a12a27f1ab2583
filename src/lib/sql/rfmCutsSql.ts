import { checkRfmOptions } from './checkRfmOptions';
import { quantileCutsSql } from './quantileCutsSql';
import { sqlIdent } from './sqlIdent';

/**
 * The quantile cut points behind the RFM scores, long form: measure ('r', 'f', 'm'), k (1..B-1),
 * cut. Read from a per-customer relation (customerRfmSql / rfmSql output), so it costs one pass
 * over customers, not over transactions. With `binning: 'rank'` these are still the value
 * quantiles, shown for reference. With `lists`, a one-row relation whose r_cuts, f_cuts and
 * m_cuts already hold them (customerRfmGlobalsSql's), they are read from it in the same form.
 */
export function rfmCutsSql(opts: { source?: string; bins?: number; lists?: string } = {}): string {
  const { bins } = checkRfmOptions({ bins: opts.bins });
  const src = sqlIdent(opts.source ?? 'customer_rfm');
  // One aggregate per measure, each over its own scan: a quantile holds every value until it is
  // done, and the three in one aggregate held them all at once (6.5M customers: +446 MiB of wasm
  // heap that way, +257 this way, +126 for a single quantile).
  const cuts = opts.lists !== undefined
    ? `cuts AS (SELECT r_cuts AS r, f_cuts AS f, m_cuts AS m FROM ${sqlIdent(opts.lists)})`
    : `r AS (SELECT ${quantileCutsSql('recency_days', bins)} AS r FROM ${src}),
f AS (SELECT ${quantileCutsSql('frequency', bins)} AS f FROM ${src}),
m AS (SELECT ${quantileCutsSql('monetary', bins)} AS m FROM ${src}),
cuts AS (SELECT r.r, f.f, m.m FROM r, f, m)`;
  return `WITH ${cuts}
SELECT measure, k, cut FROM (
  SELECT 'r' AS measure, unnest(range(1, ${bins}))::INTEGER AS k, unnest(r) AS cut FROM cuts
  UNION ALL SELECT 'f', unnest(range(1, ${bins})), unnest(f) FROM cuts
  UNION ALL SELECT 'm', unnest(range(1, ${bins})), unnest(m) FROM cuts
) AS long
WHERE cut IS NOT NULL
ORDER BY instr('rfm', measure), k`;
}
