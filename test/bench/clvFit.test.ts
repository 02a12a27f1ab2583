import { describe, expect, it } from 'vitest';
import { clvFitLines } from '../../bench/clvFit';

describe('clvFitLines()', () => {
  it('clvFitLines() sums the three fits and keeps the summary SQL apart', () => {
    const [line] = clvFitLines([{
      dataset: 'CDNOW', rows: 6919,
      timing: { total: 120.4, summary: 30, bgnbd: 9, paretoNbd: 40, gammaGamma: 5, score: 7, write: 12, customers: 2357, errors: [] },
    }]);
    expect(line).toBe('CLV fit, CDNOW: 2,357 customers from 6,919 rows; fits 54 ms (BG/NBD 9, Pareto/NBD 40, Gamma-Gamma 5); summary SQL 30 ms; scoring 7 ms; writing customer_clv 12 ms; whole analysis 120 ms.');
  });

  it('clvFitLines() says why a dataset has no figure', () => {
    expect(clvFitLines([{ dataset: '1M', rows: 0, timing: null, error: 'clv fit timed out after 60 s' }])).toEqual(['CLV fit, 1M: failed (clv fit timed out after 60 s)']);
  });
});
