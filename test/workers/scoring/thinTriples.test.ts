import { describe, expect, it } from 'vitest';
import { thinTriples } from '../../../workers/scoring/thinTriples';

const triples = (w: number[]) => ({
  x: Float64Array.from(w, (_, i) => i),
  tx: Float64Array.from(w, (_, i) => i),
  T: Float64Array.from(w, () => 100),
  w: Float64Array.from(w),
});

describe('thinTriples()', () => {
  it('thinTriples() is null when there are no more triples than asked', () => {
    expect(thinTriples(triples([1, 1, 1]), 3)).toBeNull();
  });

  it('thinTriples() keeps heavy triples as they are and every k-th light one with k times its weight', () => {
    // 6 triples, max 3: k = 2; the triple of weight 5 >= 2 is kept whole.
    const t = thinTriples(triples([1, 1, 5, 1, 1, 1]), 3)!;
    expect([...t.x]).toEqual([0, 2, 3, 5]);
    expect([...t.w]).toEqual([2, 5, 2, 2]);
  });

  it('thinTriples() keeps the total weight when light triples come in equal runs', () => {
    const t = thinTriples(triples(new Array(1000).fill(1)), 100)!;
    expect(t.x.length).toBe(100);
    expect(t.w.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});
