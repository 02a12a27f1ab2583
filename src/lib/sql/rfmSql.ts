import type { RfmOptions } from './RfmOptions';
import { checkRfmOptions } from './checkRfmOptions';
import { customerBaseSql } from './customerBaseSql';
import { quantileCutsSql } from './quantileCutsSql';
import { quantileScoreSql } from './quantileScoreSql';
import { rfmDerivedSql } from './rfmDerivedSql';
import { sqlIdent } from './sqlIdent';

/**
 * Per-customer RFM (ANALYSES.md section 1): the customerBaseSql columns plus monetary, r, f, m,
 * rfm_cell (100R+10F+M; 10000R+100F+M with 10 bins so cells stay unambiguous), rf (text "RF",
 * the key of segment map B), m_nonpositive (net M <= 0: kept, flagged) and single_order.
 * Quantile cut points are taken over all customers in the window.
 */
export function rfmSql(opts: RfmOptions = {}): string {
  const { bins, binning } = checkRfmOptions(opts);
  const d = rfmDerivedSql(opts);
  const scores =
    binning === 'quantile'
      ? `${quantileScoreSql('b.recency_days', 'c.r_cuts', bins, true)} AS r,
    ${quantileScoreSql('b.frequency', 'c.f_cuts', bins)} AS f,
    ${quantileScoreSql('b.monetary', 'c.m_cuts', bins)} AS m`
      : // NTILE needs a total order: customer_id breaks ties so reruns give the same bins.
        `ntile(${bins}) OVER (ORDER BY b.recency_days DESC, b.customer_id)::INTEGER AS r,
    ntile(${bins}) OVER (ORDER BY b.frequency, b.customer_id)::INTEGER AS f,
    ntile(${bins}) OVER (ORDER BY b.monetary, b.customer_id)::INTEGER AS m`;
  return `WITH base AS (
  SELECT *, ${d.monetary} AS monetary FROM ${opts.base === undefined ? `(${customerBaseSql(opts)})` : sqlIdent(opts.base)} AS cb
),
cuts AS (
  SELECT ${quantileCutsSql('recency_days', bins)} AS r_cuts,
    ${quantileCutsSql('frequency', bins)} AS f_cuts,
    ${quantileCutsSql('monetary', bins)} AS m_cuts
  FROM base
),
scored AS (
  SELECT b.*,
    ${scores}
  FROM base AS b, cuts AS c
)
SELECT *, ${d.rfm_cell} AS rfm_cell, ${d.rf} AS rf,
  ${d.m_nonpositive} AS m_nonpositive, ${d.single_order} AS single_order
FROM scored`;
}
