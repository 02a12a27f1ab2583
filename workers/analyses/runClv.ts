import { makeVector, tableToIPC, Table } from 'apache-arrow';
import { clvCustomersSql } from '../../src/lib/sql/clvCustomersSql';
import { clvHoldoutSql } from '../../src/lib/sql/clvHoldoutSql';
import { clvSummary } from '../../src/lib/sql/clvSummary';
import { customerSlicedTableSql } from '../../src/lib/sql/customerSlicedTableSql';
import { overviewParts } from '../overview/overviewParts';
import { bgnbd } from '../scoring/bgnbd';
import { clv as clvModel } from '../scoring/clv';
import { gammaGamma } from '../scoring/gammaGamma';
import { pairIndex } from '../scoring/pairIndex';
import { paretoNbd } from '../scoring/paretoNbd';
import type { TimeUnit } from '../scoring/types';
import type { Writable } from './Writable';
import { num } from './num';
import { readColumns } from './readColumns';
import { readNumbers } from './readNumbers';

const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.4375 };
/** Calibration purchases at or above this are pooled in the holdout table (Fader et al.'s 7+). */
const POOL = 7;
/** Work tables: the per-customer summary and the distinct (x, t_x, T) with their predictions. */
const SUMMARY = '__clv_summary';
const TRIPLES = '__clv_triples';

export interface ClvRequest {
  calibrationEnd?: string;
  unit?: TimeUnit;
  /** Merge same-day orders into one purchase (default true, as the published CDNOW analyses). */
  mergeSameDay?: boolean;
  /** Table for per-customer results (customer_id, p_alive, expected_purchases, clv); default customer_clv. */
  into?: string | null;
  /** Customer slices the summary is built in (default overviewParts of the row count); tests force more. */
  parts?: number;
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
  const rows = num(readColumns(q.query('SELECT count(*) AS n FROM transactions'), ['n']).n[0]);
  // The summary stays in DuckDB: JavaScript reads the distinct (x, t_x, T) with their counts and
  // the repeat buyers' (x, m̄), and the per-customer results are joined back in SQL, so that 16M
  // customers never cross into JS (their columns took ~640 MB of wasm heap as an Arrow result).
  // Above 4M rows in customer slices: grouping every order by customer and day in one statement
  // ran DuckDB-WASM's 3.1 GiB out at 50M rows. Plain tables, not TEMP ones, so that the CHECKPOINT
  // after each slice compresses the rows so far (temp tables stay uncompressed).
  const parts = req.parts ?? overviewParts(rows);
  const summary = customerSlicedTableSql(SUMMARY, (from) => clvSummary({ calibrationEnd, unit, mergeSameDay: req.mergeSameDay, table: from }), parts);
  try {
    for (const sql of summary.build) q.query(sql);
    // Both in an order that does not depend on how the summary was sliced, so that a fit sums its
    // likelihood the same way every time. The fits warm-start on every k-th row, which needs a
    // spread sample: the triples come in order of their first customer (as when they were grouped
    // in JavaScript; by hash the Pareto/NBD fit took 3x as long, sorted by x the BG/NBD 4x), the
    // repeat buyers by a hash of their values (cheaper to sort than their ids, and as fast to fit).
    const g = q.query(`SELECT x, t_x, "T", count(*) AS w FROM ${SUMMARY} GROUP BY x, t_x, "T" ORDER BY min(customer_id)`);
    const tr = { x: readNumbers(g, 'x'), tx: readNumbers(g, 't_x'), T: readNumbers(g, 'T'), w: readNumbers(g, 'w') };
    // Every customer has exactly one triple, so the counts add up to the customers.
    const n = tr.w.reduce((a, b) => a + b, 0);
    const r = q.query(`SELECT x, mean_repeat_value AS m FROM ${SUMMARY} WHERE x > 0 ORDER BY hash(x, m), x, m`);
    const summaryMs = performance.now() - t0;
    const bg = attempt(() => bgnbd.fit(tr));
    const pn = attempt(() => paretoNbd.fit(tr));
    const gg = attempt(() => gammaGamma.fit(readNumbers(r, 'x'), readNumbers(r, 'm', 0)));

    const t1 = performance.now();
    const holdoutDays = (Date.parse(last) - Date.parse(calibrationEnd)) / 86_400_000;
    const horizon = holdoutDays / UNIT_DAYS[unit];
    let holdout: { calibration_purchases: number; predicted: number; actual: number; customers: number }[] = [];
    const distinct = tr.x.length;
    const alive = new Float64Array(distinct).fill(NaN);
    const ahead = new Float64Array(distinct).fill(NaN);
    let factor: Float64Array = new Float64Array(distinct).fill(NaN);
    if (!failed(bg)) {
      const p = bg.params;
      for (let i = 0; i < distinct; i++) alive[i] = bgnbd.pAlive(p, tr.x[i]!, tr.tx[i]!, tr.T[i]!);
      if (horizon > 0) {
        // E[Y | alive] depends on (x, T) only: one ₂F₁ per distinct pair.
        const pairs = pairIndex(tr.x, tr.T);
        const perPair = Float64Array.from({ length: pairs.count }, (_, j) => bgnbd.aliveExpectedPurchases(p, horizon, pairs.list[2 * j]!, pairs.list[2 * j + 1]!));
        for (let i = 0; i < distinct; i++) ahead[i] = alive[i]! * perPair[pairs.idx[i]!]!;
      }
      if (!failed(gg)) {
        // The mean spend is finite for every customer only if it is for the fewest purchases (px + q - 1 grows with x).
        gammaGamma.expectedSpend(gg.params, tr.x.reduce((a, b) => Math.min(a, b), Infinity), 1);
        factor = clvModel.discountedPurchasesFactored(
          (t, xi, Ti) => bgnbd.aliveExpectedPurchases(p, t, xi, Ti), (xi, ti, Ti) => bgnbd.pAlive(p, xi, ti, Ti), tr, { unit },
        );
      }
    }
    const scoreMs = performance.now() - t1;
    const t2 = performance.now();
    if (!failed(bg)) {
      const table = new Table({ x: makeVector(tr.x), t_x: makeVector(tr.tx), T: makeVector(tr.T), p_alive: makeVector(alive), expected: makeVector(ahead), factor: makeVector(factor) });
      q.insertIPC(tableToIPC(table, 'stream'), TRIPLES);
      if (horizon > 0) {
        holdout = readRows(q.query(clvHoldoutSql({ summary: SUMMARY, triples: TRIPLES, pool: POOL })));
      }
    }
    if (req.into !== null) {
      const into = req.into ?? 'customer_clv';
      const spend = failed(bg) || failed(gg) ? null : gg.params;
      const customers = (from: string) => failed(bg)
        ? `SELECT customer_id, NULL::DOUBLE AS p_alive, NULL::DOUBLE AS expected_purchases, NULL::DOUBLE AS clv FROM ${from}`
        : clvCustomersSql({ summary: from, triples: TRIPLES, spend });
      // Slice by slice too, each compressed before the next, as the summary was built. A write
      // that fails part way leaves no table rather than one missing some customers.
      const write = customerSlicedTableSql(into, customers, parts, SUMMARY);
      try {
        for (const sql of write.build) q.query(sql);
      } catch (e) {
        for (const sql of write.drop) q.query(sql);
        throw e;
      }
    }
    const writeMs = performance.now() - t2;

    return {
      unit,
      calibration_end: calibrationEnd,
      customers: n,
      bgnbd: failed(bg) ? bg : { ...bg.params, loglik: bg.loglik, ms: Math.round(bg.ms) },
      pareto_nbd: failed(pn) ? pn : { ...pn.params, loglik: pn.loglik, ms: Math.round(pn.ms) },
      gamma_gamma: failed(gg) ? gg : { ...gg.params, customers: gg.customers, ms: Math.round(gg.ms) },
      holdout,
      /** The summary SQL (DuckDB), the per-triple scoring after the fits and writing customer_clv, in ms. */
      summary_ms: Math.round(summaryMs),
      score_ms: Math.round(scoreMs),
      write_ms: Math.round(writeMs),
    };
  } finally {
    for (const sql of summary.drop) q.query(sql);
    q.query(`DROP TABLE IF EXISTS ${TRIPLES}`);
  }
}

/** The holdout rows as plain numbers. */
function readRows(t: ReturnType<Writable['query']>) {
  const k = readNumbers(t, 'calibration_purchases');
  const p = readNumbers(t, 'predicted');
  const a = readNumbers(t, 'actual');
  const c = readNumbers(t, 'customers');
  return Array.from(k, (v, i) => ({ calibration_purchases: v, predicted: p[i]!, actual: a[i]!, customers: c[i]! }));
}
