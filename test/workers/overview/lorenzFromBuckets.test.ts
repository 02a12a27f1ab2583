import { describe, expect, it } from 'vitest';
import { lorenzFromBuckets } from '../../../workers/overview/lorenzFromBuckets';
import { lorenzGini } from '../../../workers/overview/lorenzGini';

describe('lorenzFromBuckets()', () => {
  it('lorenzFromBuckets() puts a point at each step\'s first place, with the steps before it summed', () => {
    // xs = [0, 1, 1, 2], points 2: i = 1 is step 0, i = 2, 3 step 1, i = 4 step 2 (lorenzGini's hand case).
    const buckets = [
      { b: 0, i0: 1, x0: 0, s: 0, w: (2 - 5) * 0 },
      { b: 1, i0: 2, x0: 1, s: 2, w: (4 - 5) * 1 + (6 - 5) * 1 },
      { b: 2, i0: 4, x0: 2, s: 2, w: (8 - 5) * 2 },
    ];
    expect(lorenzFromBuckets(buckets, 4)).toEqual(lorenzGini([0, 1, 1, 2], 2));
    expect(lorenzFromBuckets(buckets, 4).gini).toBe(0.375);
  });

  it('lorenzFromBuckets() of all-zero values is the diagonal with a Gini of 0', () => {
    const buckets = [{ b: 1, i0: 1, x0: 0, s: 0, w: 0 }, { b: 2, i0: 2, x0: 0, s: 0, w: 0 }];
    expect(lorenzFromBuckets(buckets, 2)).toEqual(lorenzGini([0, 0], 2));
  });
});
