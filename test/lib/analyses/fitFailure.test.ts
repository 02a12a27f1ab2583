import { describe, it, expect } from 'vitest';
import { fitFailure } from '../../../src/lib/analyses/fitFailure';
import { translator } from './translate';

describe('fitFailure()', () => {
  it('reads the engine\'s reasons into messages in either language', () => {
    const few = fitFailure('cannot fit BG/NBD: only 0 repeat customers (need at least 10)');
    expect(few).toMatchObject({ key: 'an.fail.fewRepeat', params: { n: 0, need: 10 } });
    expect(translator('zh-CN')(few.key, few.params)).toBe('只有 0 位客户购买过不止一次，至少需要 10 位才能了解客户的回购规律。');
    expect(fitFailure('cannot fit BG/NBD: only 1 repeat customer (need at least 10)').params).toEqual({ n: 1, need: 10 });
    expect(fitFailure('cannot fit Gamma-Gamma: only 3 repeat customers with a positive mean value (need at least 10)').key).toBe('an.fail.fewSpenders');
    expect(fitFailure('cannot fit Pareto/NBD: no variation (all 5 customers have x = 0, t_x = 0, T = 3)').key).toBe('an.fail.noVariation');
    expect(fitFailure('cannot fit BG/NBD: no convergence after 500 iterations (log-likelihood -12.00)').key).toBe('an.fail.noConvergence');
    expect(fitFailure('cannot fit BG/NBD: a ran off to 1.00e+7 (the data do not identify the model)').key).toBe('an.fail.notIdentified');
    expect(fitFailure('cannot fit CLV models: no dated orders').key).toBe('an.fail.noCustomers');
  });

  it('keeps an unknown reason as the technical detail', () => {
    expect(fitFailure('Out of Memory Error')).toEqual({ key: 'an.fail.other', params: {}, detail: 'Out of Memory Error' });
  });
});
