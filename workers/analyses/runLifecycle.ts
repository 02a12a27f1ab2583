import type { LifecycleOptions } from '../../src/lib/sql/LifecycleOptions';
import { lifecycleSql } from '../../src/lib/sql/lifecycleSql';
import { lifecycleStagesSql } from '../../src/lib/sql/lifecycleStagesSql';
import { withCteSql } from '../../src/lib/sql/withCteSql';
import type { Queryable } from './Queryable';
import { num } from './num';
import { readColumns } from './readColumns';

/** The `lifecycle` object of CONTRACT.md: all five stages in order, empty ones with 0. */
export interface LifecycleResult {
  stages: { stage: string; customers: number; revenue: number }[];
}

/** Lifecycle stage counts and net revenue at ref_date (ANALYSES.md section 5). */
export function runLifecycle(q: Queryable, opts: LifecycleOptions = {}): LifecycleResult {
  const sql = withCteSql({ customer_lifecycle: lifecycleSql(opts) }, lifecycleStagesSql({ source: 'customer_lifecycle' }));
  const s = readColumns(q.query(sql), ['stage', 'customers', 'revenue']);
  return {
    stages: s.stage.map((stage, i) => ({ stage: String(stage), customers: num(s.customers[i]), revenue: num(s.revenue[i]) })),
  };
}
