import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { cohortsTabSql } from '../sql/cohortsTabSql';
import { dataParts } from './dataParts';
import type { AnalysisEngine } from './types';

/** One cohort in one period since its first order; every period up to the reference date is listed. */
export interface CohortCell {
  cohort: string; period: number; size: number; customers: number; rate: number; revenue: number;
  /** Net revenue of the cohort from period 0 to this one, per cohort customer (a historical CLV curve). */
  cumulative: number;
}

/** Repeat-purchase figures (repeatStatsSql). */
export interface RepeatStats {
  customers: number; repeat_customers: number; repeat_rate: number; mean_days_between_orders: number | null;
  last_year_customers: number; returned_customers: number; return_share: number | null;
}

/** Everything the cohort view shows for one grain. */
export interface CohortsData {
  cells: CohortCell[];
  /** Net revenue by calendar month and monthly cohort (the layer cake), months as 'YYYY-MM'. */
  cake: { cohort: string; month: string; revenue: number }[];
  stats: RepeatStats;
}

/**
 * Retention (counts, rates), revenue and cumulative revenue per customer by cohort, the layer
 * cake and the repeat figures (cohortsTabSql: from the overview's per-customer tables, or in
 * customer slices on big data). `given` replaces dataParts' answer (tests slice small data).
 */
export async function loadCohorts(
  engine: AnalysisEngine,
  period: 'month' | 'week' | 'quarter',
  given?: { parts: number; refDate: string | null },
): Promise<CohortsData> {
  const sql = cohortsTabSql(period, given ?? (await dataParts(engine)));
  try {
    for (const s of sql.build) await engine.query(s);
    return await cohortsData(engine, sql);
  } finally {
    for (const s of sql.drop) await engine.query(s);
  }
}

async function cohortsData(engine: AnalysisEngine, sql: ReturnType<typeof cohortsTabSql>): Promise<CohortsData> {
  const c = readColumns(await engine.query(sql.cells), ['cohort', 'period', 'customers', 'cohort_size', 'rate']);
  const buyers = new Map<string, { customers: number; rate: number; size: number }>();
  c.cohort.forEach((k, i) => buyers.set(`${String(k)}\n${num(c.period[i])}`, { customers: num(c.customers[i]), rate: num(c.rate[i]), size: num(c.cohort_size[i]) }));
  const sizes = new Map<string, number>();
  for (const [k, v] of buyers) sizes.set(k.split('\n')[0]!, v.size);
  const g = readColumns(await engine.query(sql.curve), ['cohort', 'period', 'revenue', 'cumulative_revenue_per_customer']);
  const cells = g.cohort.map((k, i): CohortCell => {
    const cohort = String(k);
    const p = num(g.period[i]);
    const b = buyers.get(`${cohort}\n${p}`);
    return {
      cohort, period: p, size: sizes.get(cohort) ?? 0, customers: b?.customers ?? 0, rate: b?.rate ?? 0,
      revenue: num(g.revenue[i]), cumulative: num(g.cumulative_revenue_per_customer[i]),
    };
  });
  const k = readColumns(await engine.query(sql.cake), ['month', 'cohort', 'revenue']);
  const cake = k.cohort.map((cohort, i) => ({ cohort: String(cohort), month: String(k.month[i]), revenue: num(k.revenue[i]) }));
  const s = readColumns(await engine.query(sql.stats), [
    'customers', 'repeat_customers', 'repeat_rate', 'mean_days_between_orders', 'last_year_customers', 'returned_customers', 'return_share',
  ]);
  // SAFETY: DuckDB gives numbers (castBigIntToDouble) or null for these columns.
  const orNull = (v: unknown) => (v === null || v === undefined ? null : num(v as number));
  const stats: RepeatStats = {
    customers: num(s.customers[0]), repeat_customers: num(s.repeat_customers[0]), repeat_rate: num(s.repeat_rate[0]),
    mean_days_between_orders: orNull(s.mean_days_between_orders[0]), last_year_customers: num(s.last_year_customers[0]),
    returned_customers: num(s.returned_customers[0]), return_share: orNull(s.return_share[0]),
  };
  return { cells, cake, stats };
}
