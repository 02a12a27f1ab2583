import type { Triples } from './types';

/**
 * A weighted subsample of at most about `max` triples whose likelihood estimates the full one
 * (Horvitz–Thompson): a triple with at least k = ⌈groups/max⌉ customers is kept as it is, and of
 * the others every k-th (by position, deterministic) is kept with its weight times k. Used to warm
 * start a fit, never as the answer. Null when the data already have at most `max` triples.
 */
export function thinTriples(d: Triples, max: number): Triples | null {
  const n = d.x.length;
  if (!(n > max && max >= 1)) return null;
  const k = Math.ceil(n / max);
  const keep: number[] = [];
  const weight: number[] = [];
  let small = 0;
  for (let i = 0; i < n; i++) {
    if (d.w[i] >= k) {
      keep.push(i);
      weight.push(d.w[i]);
    } else if (small++ % k === 0) {
      keep.push(i);
      weight.push(d.w[i] * k);
    }
  }
  return {
    x: Float64Array.from(keep, (i) => d.x[i]),
    tx: Float64Array.from(keep, (i) => d.tx[i]),
    T: Float64Array.from(keep, (i) => d.T[i]),
    w: Float64Array.from(weight),
  };
}
