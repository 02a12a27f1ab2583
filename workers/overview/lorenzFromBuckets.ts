import type { lorenzGini } from './lorenzGini';

/** One row of lorenzBucketsSql: a step of the Lorenz chart. */
export interface LorenzBucket {
  /** The step, floor(i * points / n); 0 holds the customers before the first point. */
  b: number;
  /** The step's first place in ascending order (1-based) and that customer's x. */
  i0: number;
  x0: number;
  /** The step's sum of x and of (2i - n - 1) x. */
  s: number;
  w: number;
}

/**
 * lorenzGini's points and Gini from lorenzBucketsSql's steps (in order of `b`), for `n`
 * customers: a point at the first place of every step past 0, whose running sum is the steps
 * before it plus its own first x; the same points and Gini as lorenzGini over the sorted values,
 * up to the order the sums are added in.
 */
export function lorenzFromBuckets(buckets: readonly LorenzBucket[], n: number): ReturnType<typeof lorenzGini> {
  let total = 0;
  let weighted = 0;
  for (const k of buckets) {
    total += k.s;
    weighted += k.w;
  }
  const lorenz = [{ customer_share: 0, revenue_share: 0 }];
  let before = 0;
  for (const k of buckets) {
    if (k.b > 0) lorenz.push({ customer_share: k.i0 / n, revenue_share: total !== 0 ? (before + k.x0) / total : k.i0 / n });
    before += k.s;
  }
  return { lorenz, gini: n > 0 && total !== 0 ? weighted / (n * total) : 0 };
}
