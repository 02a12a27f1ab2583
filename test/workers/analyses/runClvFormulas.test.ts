import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../workers/db/node-duckdb';
import { runClvFormulas } from '../../../workers/analyses/runClvFormulas';
import { Engine } from '../../../workers/engine';
import { createTransactions } from '../../helpers/loadTransactions';

// The fixture of test/lib/sql/clvFormulasSql.test.ts: yearly, last complete year 2023.
const ROWS = [
  { customer_id: 'A', order_date: '2020-03-01', amount: 100 },
  { customer_id: 'A', order_date: '2021-05-01', amount: 50 },
  { customer_id: 'A', order_date: '2023-02-01', amount: 30 },
  { customer_id: 'A', order_date: '2024-06-30', amount: 60 },
  { customer_id: 'B', order_date: '2021-12-31', amount: 10 },
  { customer_id: 'B', order_date: '2022-01-01', amount: 25 },
  { customer_id: 'B', order_date: '2022-08-01', amount: -5 },
  { customer_id: 'C', order_date: '2022-04-01', amount: 40 },
  { customer_id: 'D', order_date: '2023-09-01', amount: 5 },
];

describe('runClvFormulas()', () => {
  let engine: Engine;
  let out: ReturnType<typeof runClvFormulas>;
  beforeAll(async () => {
    engine = await Engine.open(openNodeDuckDB);
    createTransactions(engine.conn, ROWS);
    // No customer_rfm yet: the runner builds the segments itself.
    out = runClvFormulas(engine, { rate: 0.1, horizon: 3, dwyerBy: 'all', states: 3, groupBy: 'tier' });
  });

  it('runClvFormulas() gives the mean discounted CLV and its per-period profile', () => {
    const mean = (100 / 1.1 + 50 / 1.21 + 10 / 1.1 + 20 / 1.21 + 40 / 1.1 + 5 / 1.1) / 4;
    expect(out.discounted.customers).toBe(4);
    expect(out.discounted.mean_clv).toBeCloseTo(mean, 10);
    expect(out.discounted.profile.reduce((s, r) => s + Number(r.discounted), 0)).toBeCloseTo(mean, 10);
    expect(out.discounted.groups.reduce((s, g) => s + Number(g.customers), 0)).toBe(4);
  });

  it("runClvFormulas() puts the data's r and m into Dwyer's m(1+d)/(1+d-r)", () => {
    const [g] = out.dwyer.groups;
    const m = 255 / 7;
    expect(g!.retention).toBe(0.4);
    expect(g!.margin).toBeCloseTo(m, 10);
    expect(g!.clv_now).toBeCloseTo((m * 1.1) / (1.1 - 0.4), 10);
    expect(g!.clv_at_end).toBeCloseTo((m * 0.4) / (1.1 - 0.4), 10);
  });

  it('runClvFormulas() solves V = [I - P/(1+d)]⁻¹ R on the estimated recency chain', () => {
    // p = (0.4, 1, unseen → 0), R = (m, 0, 0). By hand: V3 = 0 (never buys again), V2 = V1/1.1,
    // V1 = m + (0.4 V1 + 0.6 V2)/1.1 → V1 (1 - 0.4/1.1 - 0.6/1.21) = m.
    const m = 255 / 7;
    const v1 = m / (1 - 0.4 / 1.1 - 0.6 / 1.21);
    const values = out.markov.states.map((s) => s.value);
    expect(values[0]).toBeCloseTo(v1, 8);
    expect(values[1]).toBeCloseTo(v1 / 1.1, 8);
    expect(values[2]).toBeCloseTo(0, 10);
    expect(out.markov.matrix).toEqual([[0.4, 0.6, 0], [1, 0, 0], [0, 0, 1]]);
    expect(out.markov.states[2]!.p_buy).toBeNull();
    // Now: A and D in state 1, B and C in state 2.
    expect(out.markov.base_value).toBeCloseTo(2 * v1 + 2 * (v1 / 1.1), 8);
  });

  it('runClvFormulas() keeps the worked example of the spec: m = 100, r = 0.8, d = 0.1 gives 366.67 and 266.67', async () => {
    const e = await Engine.open(openNodeDuckDB);
    // Ten customers buy 100 a year; eight of them again the next year; all years complete.
    const rows = Array.from({ length: 10 }, (_, i) => [
      { customer_id: `c${i}`, order_date: '2022-06-01', amount: 100 },
      ...(i < 8 ? [{ customer_id: `c${i}`, order_date: '2023-06-01', amount: 100 }] : []),
    ]).flat();
    createTransactions(e.conn, [...rows, { customer_id: 'late', order_date: '2023-12-31', amount: 0 }]);
    const r = runClvFormulas(e, { rate: 0.1, dwyerBy: 'cohort' });
    const c2022 = r.dwyer.groups.find((g) => g.group === '2022')!;
    expect(c2022.retention).toBe(0.8);
    expect(c2022.margin).toBe(100);
    expect(Number(c2022.clv_now!.toFixed(2))).toBe(366.67);
    expect(Number(c2022.clv_at_end!.toFixed(2))).toBe(266.67);
  });
});
