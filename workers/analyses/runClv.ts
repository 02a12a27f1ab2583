import { makeVector, tableToIPC, Table } from 'apache-arrow';
import { clvSummary } from '../../src/lib/sql/clvSummary';
import { bgnbd } from '../scoring/bgnbd';
import { clv as clvModel } from '../scoring/clv';
import { gammaGamma } from '../scoring/gammaGamma';
import { groupTriples } from '../scoring/groupTriples';
import { pairIndex } from '../scoring/pairIndex';
import { paretoNbd } from '../scoring/paretoNbd';
import type { TimeUnit } from '../scoring/types';
import type { Writable } from './Writable';
import { readColumns } from './readColumns';
import { readNumbers } from './readNumbers';

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
  const t0 = performance.now();
  // The summary is kept in a table, in customer_id order, and only its numbers are read: the
  // results are written back beside it by position, so a million ids never cross into JS.
  q.query(`CREATE OR REPLACE TEMP TABLE __clv_summary AS ${clvSummary({ calibrationEnd, unit, mergeSameDay: req.mergeSameDay })}`);
  try {
    const s = q.query('SELECT x, t_x, "T", mean_repeat_value, holdout_x FROM __clv_summary');
    const x = readNumbers(s, 'x');
    const tx = readNumbers(s, 't_x');
    const T = readNumbers(s, 'T');
    const m = readNumbers(s, 'mean_repeat_value', 0);
    const holdoutX = readNumbers(s, 'holdout_x', 0);
    const summaryMs = performance.now() - t0;
    const n = x.length;
    const groups = groupTriples(x, tx, T);
    const bg = attempt(() => bgnbd.fit(groups.triples));
    const pn = attempt(() => paretoNbd.fit(groups.triples));
    const gg = attempt(() => gammaGamma.fit(x, m));

    const t1 = performance.now();
    const holdoutDays = (Date.parse(last) - Date.parse(calibrationEnd)) / 86_400_000;
    const horizon = holdoutDays / UNIT_DAYS[unit];
    const holdout: { calibration_purchases: number; predicted: number; actual: number; customers: number }[] = [];
    const pAlive = new Float64Array(n).fill(NaN);
    const expected = new Float64Array(n).fill(NaN);
    let value: Float64Array = new Float64Array(n).fill(NaN);
    if (!failed(bg)) {
      const p = bg.params;
      const tr = groups.triples;
      const g = groups.index;
      // Per distinct triple, then copied to its customers.
      const alive = Float64Array.from(tr.x, (xi, k) => bgnbd.pAlive(p, xi, tr.tx[k]!, tr.T[k]!));
      let ahead: Float64Array | null = null;
      if (horizon > 0) {
        // E[Y | alive] depends on (x, T) only: one ₂F₁ per distinct pair.
        const pairs = pairIndex(tr.x, tr.T);
        const perPair = Float64Array.from({ length: pairs.count }, (_, k) => bgnbd.aliveExpectedPurchases(p, horizon, pairs.list[2 * k]!, pairs.list[2 * k + 1]!));
        ahead = Float64Array.from(alive, (a, k) => a * perPair[pairs.idx[k]!]!);
      }
      const sums = new Map<number, { predicted: number; actual: number; customers: number }>();
      for (let i = 0; i < n; i++) {
        pAlive[i] = alive[g[i]!]!;
        if (ahead) {
          expected[i] = ahead[g[i]!]!;
          const k = Math.min(x[i]!, POOL);
          const acc = sums.get(k) ?? { predicted: 0, actual: 0, customers: 0 };
          acc.predicted += expected[i]!;
          acc.actual += holdoutX[i]!;
          acc.customers++;
          sums.set(k, acc);
        }
      }
      for (const [k, v] of [...sums].sort((a, b) => a[0] - b[0])) {
        holdout.push({ calibration_purchases: k, predicted: v.predicted / v.customers, actual: v.actual / v.customers, customers: v.customers });
      }
      if (!failed(gg)) {
        const perTriple = clvModel.discountedPurchasesFactored(
          (t, xi, Ti) => bgnbd.aliveExpectedPurchases(p, t, xi, Ti), (xi, ti, Ti) => bgnbd.pAlive(p, xi, ti, Ti), tr, { unit },
        );
        value = new Float64Array(n);
        for (let i = 0; i < n; i++) value[i] = gammaGamma.expectedSpend(gg.params, x[i]!, m[i]!) * perTriple[g[i]!]!;
      }
    }
    const scoreMs = performance.now() - t1;
    const t2 = performance.now();
    if (req.into !== null) writeCustomers(q, req.into ?? 'customer_clv', pAlive, expected, value);
    const writeMs = performance.now() - t2;

    return {
      unit,
      calibration_end: calibrationEnd,
      customers: n,
      bgnbd: failed(bg) ? bg : { ...bg.params, loglik: bg.loglik, ms: Math.round(bg.ms) },
      pareto_nbd: failed(pn) ? pn : { ...pn.params, loglik: pn.loglik, ms: Math.round(pn.ms) },
      gamma_gamma: failed(gg) ? gg : { ...gg.params, customers: gg.customers, ms: Math.round(gg.ms) },
      holdout,
      /** The summary SQL (DuckDB), the per-customer scoring after the fits and writing customer_clv, in ms. */
      summary_ms: Math.round(summaryMs),
      score_ms: Math.round(scoreMs),
      write_ms: Math.round(writeMs),
    };
  } finally {
    q.query('DROP TABLE IF EXISTS __clv_summary');
  }
}

function writeCustomers(q: Writable, table: string, pAlive: Float64Array, expected: Float64Array, value: Float64Array): void {
  const t = new Table({
    p_alive: makeVector(pAlive),
    expected_purchases: makeVector(expected),
    clv: makeVector(value),
  });
  q.insertIPC(tableToIPC(t, 'stream'), '__clv_stage');
  // Rows of the stage are in the summary's order (customer_id): a positional join pairs them.
  q.query(`CREATE OR REPLACE TABLE "${table.replaceAll('"', '""')}" AS SELECT s.customer_id,
    CASE WHEN isnan(v.p_alive) THEN NULL ELSE v.p_alive END AS p_alive,
    CASE WHEN isnan(v.expected_purchases) THEN NULL ELSE v.expected_purchases END AS expected_purchases,
    CASE WHEN isnan(v.clv) THEN NULL ELSE v.clv END AS clv
    FROM __clv_summary AS s POSITIONAL JOIN __clv_stage AS v`);
  q.query('DROP TABLE __clv_stage');
}
