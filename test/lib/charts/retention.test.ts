import { describe, expect, it } from 'vitest';
import { cohortSeries, meanRate } from '../../../src/lib/charts/retention';

describe('retention', () => {
  it('cohortSeries() groups and sorts, deriving the size without a period 0 row', () => {
    const s = cohortSeries([
      { cohort: '2024-02', period: 1, customers: 20, rate: 0.25, revenue: 1 },
      { cohort: '2024-01', period: 1, customers: 30, rate: 0.3, revenue: 1 },
      { cohort: '2024-01', period: 0, customers: 100, rate: 1, revenue: 1 },
      { cohort: '2024-01', period: -1, customers: 1, rate: 1, revenue: 1 },
    ]);
    expect(s.map((c) => [c.cohort, c.size, c.rows.length])).toEqual([['2024-01', 100, 2], ['2024-02', 80, 1]]);
    expect(meanRate(s, 1)).toBeCloseTo((0.3 * 100 + 0.25 * 80) / 180);
    expect(meanRate(s, 5)).toBeNull();
  });
});
