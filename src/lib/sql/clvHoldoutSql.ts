import { sqlIdent } from './sqlIdent';

/**
 * The holdout check of ANALYSES.md section 4: customers grouped by calibration purchases (x, with
 * `pool` and above pooled, Fader et al.'s 7+), the mean purchases the model expects of them after
 * the calibration end (`expected` of their triple) beside the mean they made (holdout_x).
 */
export function clvHoldoutSql(o: { summary: string; triples: string; pool: number }): string {
  if (!Number.isInteger(o.pool) || o.pool < 1) throw new Error(`invalid pool: ${o.pool} (expected a whole number >= 1)`);
  return `SELECT least(s.x, ${o.pool})::INTEGER AS calibration_purchases, avg(t.expected) AS predicted,
  avg(s.holdout_x) AS actual, count(*)::INTEGER AS customers
FROM ${sqlIdent(o.summary)} AS s JOIN ${sqlIdent(o.triples)} AS t ON t.x = s.x AND t.t_x = s.t_x AND t."T" = s."T"
GROUP BY 1
ORDER BY 1`;
}
