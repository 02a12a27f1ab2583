import type { ClvPeriodOptions } from './ClvPeriodOptions';
import { clvActivitySql } from './clvActivitySql';
import type { ClvGroupBy } from './clvGroupsSql';
import { sqlIdent } from './sqlIdent';

/** How Dwyer's retention is estimated: one rate for all, per cohort of first period, or per group. */
export type DwyerBy = 'all' | 'cohort' | ClvGroupBy;

/**
 * Inputs of Dwyer's lost-for-good model per group (ANALYSES.md section 4), over complete periods:
 * `group`, customers, `at_risk` (customer-periods with an order whose next period is complete),
 * `retained` (those followed by an order in the very next period), `retention` r = retained /
 * at_risk (the share of period-t buyers who buy in t+1), `active` (customer-periods with an
 * order) and `margin` m = net revenue (or margin) per active customer-period. Cohorts are the
 * period of the first order ('2024-03', '2024-Q1', '2024'); segments and tiers come from
 * `customerTable` (default customer_rfm), i.e. as of today. Cohorts in time order, else by group.
 */
export function dwyerRetentionSql(opts: ClvPeriodOptions & { by?: DwyerBy; customerTable?: string } = {}): string {
  const by = opts.by ?? 'all';
  const period = opts.period ?? 'year';
  const label =
    period === 'month' ? `strftime(a.first_date, '%Y-%m')`
      : period === 'quarter' ? `year(a.first_date)::VARCHAR || '-Q' || quarter(a.first_date)::VARCHAR`
        : `year(a.first_date)::VARCHAR`;
  let key: string;
  let join = '';
  if (by === 'all') key = `'all'`;
  else if (by === 'cohort') key = label;
  else if (by === 'segment_rfm10' || by === 'segment_cn8' || by === 'tier') {
    key = `s.${by}`;
    join = `\nJOIN ${sqlIdent(opts.customerTable ?? 'customer_rfm')} AS s USING (customer_id)`;
  } else throw new Error(`invalid group: ${String(by)} (expected all, cohort, segment_rfm10, segment_cn8 or tier)`);
  const order = by === 'tier' ? 'min(s.tier_index), 1' : by === 'cohort' ? 'min(a.first_date), 1' : '1';
  return `WITH a AS (
${clvActivitySql(opts)}
)
SELECT ${key} AS "group", count(DISTINCT a.customer_id)::INTEGER AS customers,
  count(*) FILTER (WHERE a.pn < a.last_pn)::INTEGER AS at_risk,
  count(*) FILTER (WHERE a.pn < a.last_pn AND a.next_pn = a.pn + 1)::INTEGER AS retained,
  count(*) FILTER (WHERE a.pn < a.last_pn AND a.next_pn = a.pn + 1) / nullif(count(*) FILTER (WHERE a.pn < a.last_pn), 0) AS retention,
  count(*)::INTEGER AS active,
  sum(a.v) / count(*) AS margin
FROM a${join}
GROUP BY 1
ORDER BY ${order}`;
}
