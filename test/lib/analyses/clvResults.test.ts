import { describe, it, expect } from 'vitest';
import { clvModels, formatParam } from '../../../src/lib/analyses/clvModels';
import { dwyerValues } from '../../../src/lib/analyses/dwyerValues';
import { holdoutError } from '../../../src/lib/analyses/holdoutError';
import { isFailed, parseClv } from '../../../src/lib/analyses/parseClv';

const contract = {
  unit: 'week', calibration_end: '1997-09-30', customers: 2357,
  bgnbd: { r: 0.2426, alpha: 4.4137, a: 0.793, b: 2.4262, loglik: -9582.43, ms: 40 },
  pareto_nbd: { error: 'cannot fit Pareto/NBD: no convergence after 500 iterations (log-likelihood -9600.00)' },
  gamma_gamma: { p: 6.25, q: 3.74, gamma: 15.44, customers: 946, ms: 12 },
  holdout: [
    { calibration_purchases: 0, predicted: 0.2, actual: 0.25, customers: 1411 },
    { calibration_purchases: 1, predicted: 0.7, actual: 0.6, customers: 439 },
  ],
};

describe('CLV results', () => {
  it('parseClv() reads the contract object and keeps failed models as failures', () => {
    const fit = parseClv(contract);
    expect(isFailed(fit)).toBe(false);
    if (isFailed(fit)) return;
    expect(fit.unit).toBe('week');
    expect(isFailed(fit.pareto_nbd)).toBe(true);
    expect(fit.holdout).toHaveLength(2);
  });

  it('parseClv() turns a failed or malformed analysis into an error', () => {
    expect(parseClv({ error: 'cannot fit CLV models: no dated orders' })).toEqual({ error: 'cannot fit CLV models: no dated orders' });
    expect(isFailed(parseClv(undefined))).toBe(true);
    expect(isFailed(parseClv({ unit: 'week' }))).toBe(true);
  });

  it('clvModels() lists parameters in the papers\' order, or why a model failed', () => {
    const fit = parseClv(contract);
    if (isFailed(fit)) throw new Error('unexpected');
    const rows = clvModels(fit);
    expect(rows.map((r) => r.model)).toEqual(['bgnbd', 'pareto_nbd', 'gamma_gamma']);
    expect(rows[0]).toMatchObject({ params: [['r', 0.2426], ['alpha', 4.4137], ['a', 0.793], ['b', 2.4262]], loglik: -9582.43, ms: 40 });
    expect(rows[1]).toMatchObject({ failure: { key: 'an.fail.noConvergence' } });
    expect(rows[2]).toMatchObject({ params: [['p', 6.25], ['q', 3.74], ['gamma', 15.44]], customers: 946, loglik: null });
  });

  it('formatParam() shows four significant digits by locale', () => {
    expect(formatParam(0.24263, 'en')).toBe('0.2426');
    expect(formatParam(4.41371, 'en')).toBe('4.414');
    expect(formatParam(1234.5, 'zh-CN')).toBe('1,235');
    expect(formatParam(NaN, 'en')).toBe('–');
  });

  it('holdoutError() weighs groups by customers', () => {
    const e = holdoutError(contract.holdout)!;
    expect(e.customers).toBe(1850);
    expect(e.predicted).toBeCloseTo((0.2 * 1411 + 0.7 * 439) / 1850, 12);
    expect(e.actual).toBeCloseTo((0.25 * 1411 + 0.6 * 439) / 1850, 12);
    expect(e.mae).toBeCloseTo((0.05 * 1411 + 0.1 * 439) / 1850, 12);
    expect(e.relative).toBeCloseTo(e.predicted / e.actual - 1, 12);
    expect(holdoutError([])).toBeNull();
  });

  it('dwyerValues() gives the worked example, 366.67 and 266.67', () => {
    const v = dwyerValues(100, 0.8, 0.1)!;
    expect(v.now).toBeCloseTo(366.6667, 3);
    expect(v.atEnd).toBeCloseTo(266.6667, 3);
    expect(dwyerValues(100, 1.5, 0.1)).toBeNull();
  });
});
