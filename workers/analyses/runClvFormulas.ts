import { clvDiscountedProfileSql } from '../../src/lib/sql/clvDiscountedProfileSql';
import { clvDiscountedSql } from '../../src/lib/sql/clvDiscountedSql';
import { clvGroupsSql, type ClvGroupBy } from '../../src/lib/sql/clvGroupsSql';
import type { ClvPeriodOptions } from '../../src/lib/sql/ClvPeriodOptions';
import { customerRfmSql } from '../../src/lib/sql/customerRfmSql';
import { dwyerRetentionSql, type DwyerBy } from '../../src/lib/sql/dwyerRetentionSql';
import { markovRecencySql } from '../../src/lib/sql/markovRecencySql';
import { dwyer } from '../scoring/dwyer';
import type { Queryable } from './Queryable';
import { readColumns, type Column } from './readColumns';
import { withTempTable } from './withTempTable';

/** Options of the textbook CLV formulas; every field has its default when absent. */
export interface ClvFormulasRequest extends Pick<ClvPeriodOptions, 'period' | 'value' | 'refDate'> {
  /** Discount rate per period, for all three formulas (default 0.1). */
  rate?: number;
  /** Periods n of the discounted sum (default 3). */
  horizon?: number;
  /** Groups of the discounted CLV summary (default segment_rfm10). */
  groupBy?: ClvGroupBy;
  /** Groups of Dwyer's retention (default cohort). */
  dwyerBy?: DwyerBy;
  /** Recency states of the Markov chain (default 5). */
  states?: number;
  /** Per-customer table with the segments and tiers; default customer_rfm when it exists, else built. */
  customerTable?: string;
}

const n = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
/** The rows of whole columns, each cell a number (null where SQL had NULL), `group` kept as text. */
function rowsOf<K extends string>(c: Record<K, Column>, names: readonly K[]): Record<K, number | null>[] {
  const len = names.length ? c[names[0]!].length : 0;
  return Array.from({ length: len }, (_, i) => {
    const row = {} as Record<K, number | null>;
    for (const k of names) row[k] = n(c[k][i]);
    return row;
  });
}
function read<K extends string>(q: Queryable, sql: string, names: readonly K[]): Record<K, number | null>[] {
  return rowsOf(readColumns(q.query(sql), names), names);
}
const groupsOf = (q: Queryable, sql: string) => readColumns(q.query(sql), ['group']).group.map((g) => (g === null ? null : String(g)));

/**
 * The textbook CLV formulas of ANALYSES.md section 4 from the data: the discounted sum
 * Σ I_t/(1+r)^t per customer (summarised per group, with the formula written out per t), Dwyer's
 * lost-for-good CLV per cohort or segment with the retention r estimated as the share of period-t
 * buyers who buy in t+1, and the always-a-share Markov chain over recency states with its
 * transition matrix and the value of a customer in each state, V = [I - P/(1+d)]⁻¹ R.
 */
export function runClvFormulas(q: Queryable, req: ClvFormulasRequest = {}) {
  const rate = req.rate ?? 0.1;
  const base = { period: req.period ?? 'year', value: req.value ?? 'revenue', refDate: req.refDate } as const;
  const discountedOpts = { ...base, rate, horizon: req.horizon ?? 3 };
  const withCustomers = <T>(fn: (table: string) => T): T => {
    if (req.customerTable) return fn(req.customerTable);
    const has = q.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'customer_rfm'");
    if (Number(has.getChild('n')?.get(0) ?? 0) > 0) return fn('customer_rfm');
    return withTempTable(q, customerRfmSql({ refDate: req.refDate }), fn);
  };
  return withCustomers((customers) => {
    const perCustomer = clvDiscountedSql(discountedOpts);
    const totals = readColumns(q.query(`SELECT count(*)::INTEGER AS customers, avg(clv) AS mean_clv, coalesce(sum(clv), 0) AS total_clv FROM (${perCustomer})`), ['customers', 'mean_clv', 'total_clv']);
    const profile = read(q, clvDiscountedProfileSql(discountedOpts), ['t', 'customers_seen', 'mean_i_t', 'factor', 'discounted'] as const);
    const groupBy = req.groupBy ?? 'segment_rfm10';
    const groupSql = clvGroupsSql(perCustomer, groupBy, customers);
    const groupNames = groupsOf(q, groupSql);
    const groups = read(q, groupSql, ['customers', 'mean_clv', 'total_clv', 'clv_share', 'mean_periods_seen'] as const)
      .map((g, i) => ({ group: groupNames[i] ?? null, ...g }));

    const dwyerBy = req.dwyerBy ?? 'cohort';
    const retSql = dwyerRetentionSql({ ...base, by: dwyerBy, customerTable: customers });
    const retNames = groupsOf(q, retSql);
    const dwyerGroups = read(q, retSql, ['customers', 'at_risk', 'retained', 'retention', 'active', 'margin'] as const).map((g, i) => {
      const r = g.retention;
      const m = g.margin ?? 0;
      const ok = r !== null && 1 + rate - r > 0;
      return {
        group: retNames[i] ?? null, ...g, margin: m,
        clv_now: ok ? dwyer.lostForGood(m, r, rate) : null, clv_at_end: ok ? dwyer.lostForGoodFirstAtEnd(m, r, rate) : null,
      };
    });

    const states = read(q, markovRecencySql({ ...base, states: req.states ?? 5 }), ['state', 'visits', 'buys', 'p_buy', 'customers_now', 'reward'] as const);
    // A state nobody was seen in has no estimate: it counts as never buying (p = 0), and says so
    // by a null p_buy.
    const buy = states.map((s) => s.p_buy ?? 0);
    const reward = states.map((s) => s.reward ?? 0);
    const k = buy.length;
    const matrix = buy.map((p, i) => Array.from({ length: k }, (_, j) => (j === 0 ? p : 0) + (j === Math.min(i + 1, k - 1) ? 1 - p : 0)));
    let values: number[] | null = null;
    let markovError: string | null = null;
    try {
      values = rate > 0 ? [...dwyer.migration(buy, reward, rate)] : null;
      if (values === null) markovError = 'the Markov model needs a discount rate above 0';
    } catch (e) {
      markovError = e instanceof Error ? e.message : String(e);
    }
    const v = values;
    const baseValue = v ? states.reduce((acc, s, i) => acc + (s.customers_now ?? 0) * (v[i] ?? 0), 0) : null;
    return {
      period: base.period,
      value: base.value,
      rate,
      horizon: discountedOpts.horizon,
      discounted: {
        customers: n(totals.customers[0]) ?? 0, mean_clv: n(totals.mean_clv[0]), total_clv: n(totals.total_clv[0]) ?? 0,
        profile, group_by: groupBy, groups,
      },
      dwyer: { by: dwyerBy, groups: dwyerGroups },
      markov: {
        states: states.map((s, i) => ({ ...s, value: v ? (v[i] ?? null) : null })),
        matrix,
        base_value: baseValue,
        error: markovError,
      },
    };
  });
}
