import type { LifecycleOptions } from './LifecycleOptions';
import { lifecycleSql } from './lifecycleSql';
import { lifecycleStages } from './lifecycleStages';
import { sqlDate } from './sqlDate';
import { sqlString } from './sqlString';

/**
 * Movement between lifecycle stages from snapshot `before` to snapshot `after` (each a
 * ref_date: orders before that day): from_stage, to_stage, customers, revenue (net, up to
 * `after`). Customers with no order before `before` come from 'none' (acquired in between).
 */
export function lifecycleMigrationSql(
  opts: Omit<LifecycleOptions, 'refDate'> & { before: string; after: string },
): string {
  sqlDate(opts.before, 'before');
  sqlDate(opts.after, 'after');
  if (opts.before >= opts.after) {
    throw new Error(`invalid before: ${opts.before} (expected a date before after ${opts.after})`);
  }
  const { before, after, ...rules } = opts;
  const order = `[${['none', ...lifecycleStages].map(sqlString).join(', ')}]`;
  return `WITH s1 AS (${lifecycleSql({ ...rules, refDate: before })}),
s2 AS (${lifecycleSql({ ...rules, refDate: after })})
SELECT coalesce(s1.stage, 'none') AS from_stage, s2.stage AS to_stage,
  count(*)::INTEGER AS customers, sum(s2.revenue) AS revenue
FROM s2 LEFT JOIN s1 USING (customer_id)
GROUP BY 1, 2
ORDER BY list_position(${order}, from_stage), list_position(${order}, to_stage)`;
}
