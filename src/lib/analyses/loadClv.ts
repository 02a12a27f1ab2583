import { num } from '../../../workers/analyses/num';
import { readColumns } from '../../../workers/analyses/readColumns';
import { dataParts } from './dataParts';
import { parseClv, type ClvFit, type Failed } from './parseClv';
import { queryRepeatStats } from './queryRepeatStats';
import { clvSampleSql, pAliveSampleSql, topClvSql, yearlyValueSql } from './sql';
import type { AnalysisEngine } from './types';

/** The CLV view's fits: on all orders (the CLV values) and, when asked, on a calibration window. */
export interface ClvRun {
  full: ClvFit | Failed;
  /** The model check: fitted on orders up to the calibration end, compared with the orders after. */
  check: ClvFit | Failed | null;
}

/** Drawing data of a fit on all orders, from customer_clv. */
export interface ClvDetails {
  /** CLV values, a deterministic sample of at most `sample` of `total`. */
  values: number[];
  total: number;
  sample: number;
  pAlive: { recency: number; frequency: number; p_alive: number }[];
  top: { customer_id: string; p_alive: number | null; clv: number; frequency: number; revenue: number; last_date: string; segment: string }[];
}

/** Dwyer's lost-for-good inputs estimated from the last two years of orders. */
export interface DwyerInputs {
  /** Net revenue per customer who bought in the last 365 days. */
  m: number;
  /** Share of the customers of the year before who bought again in the last year. */
  r: number;
  customers: number;
  lastYearCustomers: number;
  returned: number;
}

/**
 * Fit the purchase and spend models. With a calibration end before the last order, first fit on
 * the calibration window for the holdout check, then on all orders: runClv writes customer_clv
 * each time, so the second fit leaves the table holding values as of today for the other views.
 */
export async function fitClv(engine: AnalysisEngine, opts: { calibrationEnd?: string | null; lastDate: string }): Promise<ClvRun> {
  const end = opts.calibrationEnd;
  const check = end && end < opts.lastDate ? parseClv((await engine.analyze({ analyses: ['clv'], calibrationEnd: end })).clv) : null;
  const full = parseClv((await engine.analyze({ analyses: ['clv'] })).clv);
  return { full, check };
}

/** The CLV distribution (sampled), P(alive) by recency and frequency (sampled), and the top customers. */
export async function loadClvDetails(
  engine: AnalysisEngine,
  fit: Pick<ClvFit, 'calibration_end' | 'unit'>,
  opts: { sample?: number; top?: number } = {},
): Promise<ClvDetails> {
  const sample = opts.sample ?? 20_000;
  const v = readColumns(await engine.query(clvSampleSql(sample)), ['clv', 'total']);
  const p = readColumns(await engine.query(pAliveSampleSql({ calibrationEnd: fit.calibration_end, unit: fit.unit, limit: sample })), ['recency', 'frequency', 'p_alive']);
  const t = readColumns(await engine.query(topClvSql(opts.top ?? 20)), ['customer_id', 'p_alive', 'clv', 'frequency', 'revenue', 'last_date', 'segment_rfm10']);
  return {
    values: v.clv.map(num),
    total: num(v.total[0] ?? 0),
    sample,
    pAlive: p.recency.map((r, i) => ({ recency: num(r), frequency: num(p.frequency[i]), p_alive: num(p.p_alive[i]) })),
    top: t.customer_id.map((id, i) => ({
      customer_id: String(id), p_alive: t.p_alive[i] === null ? null : num(t.p_alive[i]), clv: num(t.clv[i]),
      frequency: num(t.frequency[i]), revenue: num(t.revenue[i]), last_date: String(t.last_date[i] ?? ''), segment: String(t.segment_rfm10[i] ?? ''),
    })),
  };
}

/** m and r for Dwyer's formula from the data (null r when nobody bought in the year before). */
export async function loadDwyerInputs(engine: AnalysisEngine): Promise<DwyerInputs | null> {
  const s = readColumns(await queryRepeatStats(engine, await dataParts(engine)), ['last_year_customers', 'returned_customers', 'return_share']);
  const y = readColumns(await engine.query(yearlyValueSql()), ['customers', 'revenue']);
  const customers = num(y.customers[0]);
  const lastYear = num(s.last_year_customers[0]);
  if (customers === 0 || lastYear === 0) return null;
  return {
    m: num(y.revenue[0]) / customers, r: num(s.return_share[0]), customers,
    lastYearCustomers: lastYear, returned: num(s.returned_customers[0]),
  };
}
