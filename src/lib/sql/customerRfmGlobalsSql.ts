import type { CustomerRfmOptions } from './CustomerRfmOptions';
import { checkRfmOptions } from './checkRfmOptions';
import { quantileCutsSql } from './quantileCutsSql';
import { quantileScoreSql } from './quantileScoreSql';
import { sqlIdent } from './sqlIdent';

/**
 * The one row of global figures behind customer_rfm, over the per-customer `base` table: the
 * quantile cuts (r_cuts, f_cuts, m_cuts, as rfmSql), n_customers, and the means map C's 高/低
 * compares with (r_avg, f_avg, m_avg: of the values, or of the scores with `cn8Compare:
 * 'scores'`). customerRfmSql takes them as window aggregates over the whole wide rows; the
 * sliced build (prepareOverviewSql) computes them once here and joins the one row to each slice.
 * With `binning: 'rank'` and scores compared, `ntile` is the customerRfmNtileSql table. With
 * `cuts` (the three customerRfmCutsSql tables, built beforehand one at a time) the cuts and the
 * count are read from them instead of computed here.
 */
export function customerRfmGlobalsSql(opts: CustomerRfmOptions, base: string, ntile?: string, cuts?: { r: string; f: string; m: string }): string {
  const { bins, monetary, binning } = checkRfmOptions(opts);
  const m = monetary === 'total' ? 'revenue' : 'revenue / frequency';
  const compare = opts.cn8Compare ?? 'values';
  if (compare !== 'values' && compare !== 'scores') {
    throw new Error(`invalid cn8Compare: ${String(compare)} (expected values or scores)`);
  }
  let x: string;
  let join = '';
  if (compare === 'values') x = 'b.recency_days AS r_x, b.frequency AS f_x, b.monetary AS m_x';
  else if (binning === 'quantile') {
    x = `${quantileScoreSql('b.recency_days', 'c.r_cuts', bins, true)} AS r_x,
    ${quantileScoreSql('b.frequency', 'c.f_cuts', bins)} AS f_x,
    ${quantileScoreSql('b.monetary', 'c.m_cuts', bins)} AS m_x`;
  } else {
    if (ntile === undefined) throw new Error('customerRfmGlobalsSql: the ntile table is needed to compare rank scores');
    x = 't.r AS r_x, t.f AS f_x, t.m AS m_x';
    join = ` JOIN ${sqlIdent(ntile)} AS t ON t.rid = b.rid`;
  }
  const c = cuts === undefined
    ? `SELECT ${quantileCutsSql('recency_days', bins)} AS r_cuts,
    ${quantileCutsSql('frequency', bins)} AS f_cuts,
    ${quantileCutsSql('monetary', bins)} AS m_cuts,
    count(*) AS n_customers
  FROM b`
    : `SELECT r.r_cuts, f.f_cuts, m.m_cuts, r.n_customers FROM ${sqlIdent(cuts.r)} AS r, ${sqlIdent(cuts.f)} AS f, ${sqlIdent(cuts.m)} AS m`;
  return `WITH b AS (
  SELECT rowid AS rid, recency_days, frequency, ${m} AS monetary FROM ${sqlIdent(base)}
),
c AS (
  ${c}
),
x AS (
  SELECT ${x}
  FROM b CROSS JOIN c${join}
)
SELECT c.*, a.* FROM c, (SELECT avg(r_x) AS r_avg, avg(f_x) AS f_avg, avg(m_x) AS m_avg FROM x) AS a`;
}
