import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { lifecycleMigrationPartsSql } from '../sql/lifecycleMigrationPartsSql';
import { lifecycleMigrationSql } from '../sql/lifecycleMigrationSql';
import { lifecycleSql } from '../sql/lifecycleSql';
import { lifecycleStagesPartsSql } from '../sql/lifecycleStagesPartsSql';
import { lifecycleStagesSql } from '../sql/lifecycleStagesSql';
import { withCteSql } from '../sql/withCteSql';
import { dataParts } from './dataParts';
import { serialized } from './serialized';
import type { AnalysisEngine } from './types';

/** Run `build`, read `query`, then `drop` whatever happened (the sliced builds' temp tables). */
async function runParts(engine: AnalysisEngine, sql: { build: string[]; query: string; drop: string[] }) {
  try {
    for (const s of sql.build) await engine.query(s);
    return await engine.query(sql.query);
  } finally {
    for (const s of sql.drop) await engine.query(s);
  }
}

/** One lifecycle stage at the reference date. */
export interface StageRow { stage: string; customers: number; customer_share: number; revenue: number; revenue_share: number }

/** Customers who were in `from` at the first snapshot ('none': no order yet) and in `to` at the second. */
export interface MigrationRow { from: string; to: string; customers: number; revenue: number }

/**
 * Stage counts and net revenue at the reference date (all five stages, in order). With `pAlive`,
 * customers whose fitted P(alive) is below 0.1 count as lost (customer_clv must exist). Above 4M
 * rows (dataParts, or `given` in tests) in customer slices (lifecycleStagesPartsSql), whose work
 * tables have fixed names: one load at a time (serialized).
 */
export const loadLifecycle = serialized(async (engine: AnalysisEngine, opts: { pAlive?: boolean } = {}, given?: { parts: number; refDate: string | null }): Promise<StageRow[]> => {
  const rules = opts.pAlive ? { pAlive: { table: 'customer_clv', column: 'p_alive' } } : {};
  const split = given ?? (await dataParts(engine));
  let table;
  if (split.parts > 1 && split.refDate !== null) table = await runParts(engine, lifecycleStagesPartsSql({ ...rules, refDate: split.refDate }, split.parts));
  else {
    // The stage of each customer, kept so a click on a stage selects its customers without
    // placing everyone in stages again (the linked selection reads this table).
    await engine.query(`CREATE OR REPLACE TABLE customer_stage AS SELECT customer_id, stage FROM (${lifecycleSql(rules)}) AS l`);
    table = await engine.query(withCteSql({ customer_lifecycle: lifecycleSql(rules) }, lifecycleStagesSql()));
  }
  const s = readColumns(table, ['stage', 'customers', 'customer_share', 'revenue', 'revenue_share']);
  return s.stage.map((stage, i) => ({
    stage: String(stage), customers: num(s.customers[i]), customer_share: num(s.customer_share[i]),
    revenue: num(s.revenue[i]), revenue_share: num(s.revenue_share[i]),
  }));
});

/** Movement between stages from snapshot `before` to snapshot `after` (each an as-of date); in customer slices above 4M rows, one load at a time. */
export const loadMigration = serialized(async (engine: AnalysisEngine, before: string, after: string, given?: { parts: number }): Promise<MigrationRow[]> => {
  const parts = (given ?? (await dataParts(engine))).parts;
  const table = parts > 1 ? await runParts(engine, lifecycleMigrationPartsSql({ before, after }, parts)) : await engine.query(lifecycleMigrationSql({ before, after }));
  const m = readColumns(table, ['from_stage', 'to_stage', 'customers', 'revenue']);
  return m.from_stage.map((from, i) => ({
    from: String(from), to: String(m.to_stage[i]), customers: num(m.customers[i]), revenue: num(m.revenue[i]),
  }));
});
