import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { lifecycleMigrationSql } from '../sql/lifecycleMigrationSql';
import { lifecycleSql } from '../sql/lifecycleSql';
import { lifecycleStagesSql } from '../sql/lifecycleStagesSql';
import { withCteSql } from '../sql/withCteSql';
import type { AnalysisEngine } from './types';

/** One lifecycle stage at the reference date. */
export interface StageRow { stage: string; customers: number; customer_share: number; revenue: number; revenue_share: number }

/** Customers who were in `from` at the first snapshot ('none': no order yet) and in `to` at the second. */
export interface MigrationRow { from: string; to: string; customers: number; revenue: number }

/**
 * Stage counts and net revenue at the reference date (all five stages, in order). With `pAlive`,
 * customers whose fitted P(alive) is below 0.1 count as lost (customer_clv must exist).
 */
export async function loadLifecycle(engine: AnalysisEngine, opts: { pAlive?: boolean } = {}): Promise<StageRow[]> {
  const rules = opts.pAlive ? { pAlive: { table: 'customer_clv', column: 'p_alive' } } : {};
  // The stage of each customer, kept so a click on a stage selects its customers without
  // placing everyone in stages again (the linked selection reads this table).
  await engine.query(`CREATE OR REPLACE TABLE customer_stage AS SELECT customer_id, stage FROM (${lifecycleSql(rules)}) AS l`);
  const sql = withCteSql({ customer_lifecycle: lifecycleSql(rules) }, lifecycleStagesSql());
  const s = readColumns(await engine.query(sql), ['stage', 'customers', 'customer_share', 'revenue', 'revenue_share']);
  return s.stage.map((stage, i) => ({
    stage: String(stage), customers: num(s.customers[i]), customer_share: num(s.customer_share[i]),
    revenue: num(s.revenue[i]), revenue_share: num(s.revenue_share[i]),
  }));
}

/** Movement between stages from snapshot `before` to snapshot `after` (each an as-of date). */
export async function loadMigration(engine: AnalysisEngine, before: string, after: string): Promise<MigrationRow[]> {
  const m = readColumns(await engine.query(lifecycleMigrationSql({ before, after })), ['from_stage', 'to_stage', 'customers', 'revenue']);
  return m.from_stage.map((from, i) => ({
    from: String(from), to: String(m.to_stage[i]), customers: num(m.customers[i]), revenue: num(m.revenue[i]),
  }));
}
