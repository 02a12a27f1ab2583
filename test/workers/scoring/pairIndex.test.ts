import { describe, expect, it } from 'vitest';
import { pairIndex } from '../../../workers/scoring/pairIndex';

describe('pairIndex()', () => {
  it('pairIndex() gives equal pairs one index and lists each distinct pair once, in first-seen order', () => {
    const r = pairIndex([1, 2, 1, 1, -0, 0], [5, 5, 5, 6, 3, 3]);
    expect(r.count).toBe(4);
    expect([...r.idx]).toEqual([0, 1, 0, 2, 3, 3]);
    expect([...r.list]).toEqual([1, 5, 2, 5, 1, 6, 0, 3]);
  });

  it('pairIndex() leaves out positions that keep() refuses, with index -1', () => {
    const r = pairIndex([1, 2, 3], [1, 1, 1], (i) => i !== 1);
    expect([...r.idx]).toEqual([0, -1, 1]);
    expect(r.count).toBe(2);
  });

  it('pairIndex() of empty arrays is empty', () => {
    expect(pairIndex([], []).count).toBe(0);
  });
});
