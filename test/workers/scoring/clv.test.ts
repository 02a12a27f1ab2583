import { beforeAll, describe, expect, it } from 'vitest';
import { bgnbd } from '../../../workers/scoring/bgnbd';
import { clv } from '../../../workers/scoring/clv';
import { gammaGamma } from '../../../workers/scoring/gammaGamma';
import { groupTriples } from '../../../workers/scoring/groupTriples';
import type { TimeUnit } from '../../../workers/scoring/types';
import { cdnowSummary } from './cdnow';

describe('clv.discounted()', () => {
  it('clv.discounted() of a constant stream equals the annuity formula I(1 - (1+r)^-n)/r', () => {
    expect(clv.discounted(new Array(12).fill(100), 0.01)).toBeCloseTo((100 * (1 - 1.01 ** -12)) / 0.01, 10);
  });

  it('clv.discounted() discounts the first period once: Σ I_t/(1+r)^t from t = 1', () => {
    expect(clv.discounted([110, 121], 0.1)).toBeCloseTo(200, 12);
    expect(clv.discounted([], 0.1)).toBe(0);
    expect(() => clv.discounted([1], -1)).toThrow('invalid discount rate: -1 (expected > -1)');
  });
});

describe('clv from BG/NBD and Gamma-Gamma on CDNOW', () => {
  const fits = new Map<TimeUnit, { clv: Float64Array; params: ReturnType<typeof bgnbd.fit>['params'] }>();
  let week: Awaited<ReturnType<typeof cdnowSummary>>;
  let spend: number[];
  beforeAll(async () => {
    for (const unit of ['week', 'day', 'month'] as const) {
      const s = await cdnowSummary({ calibrationEnd: '1997-09-30', unit });
      const groups = groupTriples(s.x, s.tx, s.T);
      const { params } = bgnbd.fit(groups.triples);
      const gg = gammaGamma.fit(s.x, s.m).params;
      const m = s.x.map((x, i) => gammaGamma.expectedSpend(gg, x, s.m[i]));
      const predict = (t: number, x: number, tx: number, T: number) => bgnbd.conditionalExpectedPurchases(params, t, x, tx, T);
      fits.set(unit, { clv: clv.perCustomer(predict, groups, m, { unit }), params });
      if (unit === 'week') {
        week = s;
        spend = m;
      }
    }
  });

  it('clv.perCustomer() is spend × Σ_{i=1..12} (E Y(i months) - E Y(i-1 months)) / 1.01^i', () => {
    const { params, clv: values } = fits.get('week')!;
    const i = week.x.indexOf(2);
    const perMonth = 30.4375 / 7;
    let manual = 0;
    for (let k = 1; k <= 12; k++) {
      const inc =
        bgnbd.conditionalExpectedPurchases(params, k * perMonth, week.x[i], week.tx[i], week.T[i]) -
        bgnbd.conditionalExpectedPurchases(params, (k - 1) * perMonth, week.x[i], week.tx[i], week.T[i]);
      manual += (spend[i] * inc) / 1.01 ** k;
    }
    expect(values[i]).toBeCloseTo(manual, 10);
    const total = values.reduce((a, b) => a + b, 0);
    console.log(`CDNOW 12-month CLV: total ${total.toFixed(0)}, mean ${(total / values.length).toFixed(2)}, max ${Math.max(...values).toFixed(2)}`);
  });

  it('clv.perCustomer() gives the same CLV whether the model was fitted in days, weeks or months', () => {
    const ref = fits.get('week')!.clv;
    for (const unit of ['day', 'month'] as const) {
      const other = fits.get(unit)!.clv;
      for (let i = 0; i < ref.length; i++) expect(Math.abs(other[i] - ref[i])).toBeLessThan(1e-4 * (1 + ref[i]));
    }
  });

  it('clv.discountedPurchases() without discounting telescopes to E[Y(12 months)]', () => {
    const { params } = fits.get('week')!;
    const { triples } = groupTriples(week.x, week.tx, week.T);
    const predict = (t: number, x: number, tx: number, T: number) => bgnbd.conditionalExpectedPurchases(params, t, x, tx, T);
    const d = clv.discountedPurchases(predict, triples, { monthlyDiscount: 0 });
    for (let g = 0; g < 20; g++) {
      expect(d[g]).toBeCloseTo(predict(12 * clv.periodsPerMonth.week, triples.x[g], triples.tx[g], triples.T[g]), 12);
    }
  });

  it('clv.discountedPurchasesFactored() equals discountedPurchases with A(t; x, T) once per (x, T)', () => {
    const { params } = fits.get('week')!;
    const { triples } = groupTriples(week.x, week.tx, week.T);
    const predict = (t: number, x: number, tx: number, T: number) => bgnbd.conditionalExpectedPurchases(params, t, x, tx, T);
    const plain = clv.discountedPurchases(predict, triples);
    const factored = clv.discountedPurchasesFactored(
      (t, x, T) => bgnbd.aliveExpectedPurchases(params, t, x, T), (x, tx, T) => bgnbd.pAlive(params, x, tx, T), triples,
    );
    expect(factored.length).toBe(plain.length);
    for (let g = 0; g < plain.length; g++) expect(factored[g]).toBeCloseTo(plain[g], 12);
  });

  it('clv.discountedPurchases() refuses a bad horizon, discount or unit', () => {
    const { triples } = groupTriples([0], [0], [1]);
    const predict = () => 1;
    expect(() => clv.discountedPurchases(predict, triples, { months: 0 })).toThrow('invalid horizon: 0 months (expected a whole number >= 1)');
    expect(() => clv.discountedPurchases(predict, triples, { monthlyDiscount: -2 })).toThrow('invalid monthly discount: -2 (expected > -1)');
    // SAFETY: deliberately wrong at run time, as a value from an untyped caller would be.
    expect(() => clv.discountedPurchases(predict, triples, { unit: 'year' as TimeUnit })).toThrow('invalid unit: year (expected day, week or month)');
  });
});
