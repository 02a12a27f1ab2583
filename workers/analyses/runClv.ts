import { Utf8, makeVector, tableToIPC, vectorFromArray, Table } from 'apache-arrow';
import { clvSummary } from '../../src/lib/sql/clvSummary';
import { bgnbd } from '../scoring/bgnbd';
import { clv as clvModel } from '../scoring/clv';
import { gammaGamma } from '../scoring/gammaGamma';
import { groupTriples } from '../scoring/groupTriples';
import { paretoNbd } from '../scoring/paretoNbd';
import type { TimeUnit } from '../scoring/types';
import type { Writable } from './Writable';
import { num } from './num';
import { readColumns } from './readColumns';

const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.4375 };
/** Calibration purchases at or above this are pooled in the holdout table (Fader et al.'s 7+). */
const POOL = 7;

export interface ClvRequest {
  calibrationEnd?: string;
  unit?: TimeUnit;
  /** Merge same-day orders into one purchase (default true, as the published CDNOW analyses). */
  mergeSameDay?: boolean;
  /** Table for per-customer results (customer_id, p_alive, expected_purchases, clv); default customer_clv. */
  into?: string | null;
}

type Failure = { error: string };
const attempt = <T>(f: () => T): T | Failure => {
  try {
    return f();
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
};
const failed = (v: unknown): v is Failure => typeof v === 'object' && v !== null && 'error' in v;

/**
 * The `clv` object of CONTRACT.md (ANALYSES.md section 4): BG/NBD and Pareto/NBD fitted on the
 * calibration window, Gamma-Gamma on repeat buyers' mean repeat value, a holdout check by
 * number of calibration purchases, and per-customer P(alive), expected purchases and 12-month
 * CLV written to a table the value matrix, lifecycle and customer lists can join. A model that
 * cannot be fitted reports why under its key; the others still run.
 */
export function runClv(q: Writable, req: ClvRequest = {}) {
  const unit = req.unit ?? 'week';
  const last = readColumns(q.query('SELECT max(order_date)::VARCHAR AS d FROM transactions'), ['d']).d[0] as string | null;
  if (!last) throw new Error('cannot fit CLV models: no dated orders');
  const calibrationEnd = req.calibrationEnd ?? last;
  const s = readColumns(q.query(clvSummary({ calibrationEnd, unit, mergeSameDay: req.mergeSameDay })), [
    'customer_id', 'x', 't_x', 'T', 'mean_repeat_value', 'holdout_x',
  ]);
  const n = s.customer_id.length;
  const x = Float64Array.from(s.x, num);
  const tx = Float64Array.from(s.t_x, num);
  const T = Float64Array.from(s.T, num);
  const m = Float64Array.from(s.mean_repeat_value, (v) => (v === null ? 0 : num(v)));
  const groups = groupTriples(x, tx, T);
  const bg = attempt(() => bgnbd.fit(groups.triples));
  const pn = attempt(() => paretoNbd.fit(groups.triples));
  const gg = attempt(() => gammaGamma.fit(x, m));

  const holdoutDays = (Date.parse(last) - Date.parse(calibrationEnd)) / 86_400_000;
  const horizon = holdoutDays / UNIT_DAYS[unit];
  const holdout: { calibration_purchases: number; predicted: number; actual: number; customers: number }[] = [];
  const pAlive = new Float64Array(n).fill(NaN);
  const expected = new Float64Array(n).fill(NaN);
  let value: Float64Array = new Float64Array(n).fill(NaN);
  if (!failed(bg)) {
    const p = bg.params;
    const sums = new Map<number, { predicted: number; actual: number; customers: number }>();
    for (let i = 0; i < n; i++) {
      pAlive[i] = bgnbd.pAlive(p, x[i]!, tx[i]!, T[i]!);
      if (horizon > 0) {
        expected[i] = bgnbd.conditionalExpectedPurchases(p, horizon, x[i]!, tx[i]!, T[i]!);
        const k = Math.min(x[i]!, POOL);
        const acc = sums.get(k) ?? { predicted: 0, actual: 0, customers: 0 };
        acc.predicted += expected[i]!;
        acc.actual += num(s.holdout_x[i]);
        acc.customers++;
        sums.set(k, acc);
      }
    }
    for (const [k, v] of [...sums].sort((a, b) => a[0] - b[0])) {
      holdout.push({ calibration_purchases: k, predicted: v.predicted / v.customers, actual: v.actual / v.customers, customers: v.customers });
    }
    if (!failed(gg)) {
      const spend = Array.from(x, (xi, i) => gammaGamma.expectedSpend(gg.params, xi, m[i]!));
      const predict = (t: number, a: number, b: number, c: number) => bgnbd.conditionalExpectedPurchases(p, t, a, b, c);
      value = clvModel.perCustomer(predict, groups, spend, { unit });
    }
  }
  if (req.into !== null) writeCustomers(q, req.into ?? 'customer_clv', s.customer_id as string[], pAlive, expected, value);

  return {
    unit,
    calibration_end: calibrationEnd,
    customers: n,
    bgnbd: failed(bg) ? bg : { ...bg.params, loglik: bg.loglik, ms: Math.round(bg.ms) },
    pareto_nbd: failed(pn) ? pn : { ...pn.params, loglik: pn.loglik, ms: Math.round(pn.ms) },
    gamma_gamma: failed(gg) ? gg : { ...gg.params, customers: gg.customers, ms: Math.round(gg.ms) },
    holdout,
  };
}

function writeCustomers(q: Writable, table: string, ids: string[], pAlive: Float64Array, expected: Float64Array, value: Float64Array): void {
  const t = new Table({
    customer_id: vectorFromArray(ids, new Utf8()),
    p_alive: makeVector(pAlive),
    expected_purchases: makeVector(expected),
    clv: makeVector(value),
  });
  q.insertIPC(tableToIPC(t, 'stream'), '__clv_stage');
  q.query(`CREATE OR REPLACE TABLE "${table.replaceAll('"', '""')}" AS SELECT customer_id,
    CASE WHEN isnan(p_alive) THEN NULL ELSE p_alive END AS p_alive,
    CASE WHEN isnan(expected_purchases) THEN NULL ELSE expected_purchases END AS expected_purchases,
    CASE WHEN isnan(clv) THEN NULL ELSE clv END AS clv FROM __clv_stage`);
  q.query('DROP TABLE __clv_stage');
}
