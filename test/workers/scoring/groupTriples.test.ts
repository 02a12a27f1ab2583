import { describe, expect, it } from 'vitest';
import { groupTriples } from '../../../workers/scoring/groupTriples';

describe('groupTriples()', () => {
  it('groupTriples() counts customers per distinct (x, t_x, T) and maps each back', () => {
    const x = [0, 2, 0, 2, 2, 0];
    const tx = [0, 5, 0, 5, 6, -0];
    const T = [10, 10, 10, 10, 10, 11];
    const { triples, index } = groupTriples(x, tx, T);
    expect(Array.from(triples.w)).toEqual([2, 2, 1, 1]);
    expect(Array.from(index)).toEqual([0, 1, 0, 1, 2, 3]);
    for (let i = 0; i < x.length; i++) {
      expect([triples.x[index[i]], triples.tx[index[i]], triples.T[index[i]]]).toEqual([x[i], tx[i] + 0, T[i]]);
    }
  });

  it('groupTriples() returns empty triples for no customers', () => {
    const { triples, index } = groupTriples([], [], []);
    expect(triples.x.length).toBe(0);
    expect(index.length).toBe(0);
  });

  it('groupTriples() refuses impossible customers, naming them', () => {
    expect(() => groupTriples([1], [40], [38.9])).toThrow('customer 0: t_x = 40 (expected 0 <= t_x <= T = 38.9)');
    expect(() => groupTriples([0, 1.5], [0, 1], [2, 2])).toThrow('customer 1: x = 1.5 (expected a whole number >= 0)');
    expect(() => groupTriples([0], [1], [2])).toThrow('customer 0: t_x = 1 with x = 0 (expected 0)');
    expect(() => groupTriples([0], [0], [NaN])).toThrow('customer 0: T = NaN');
    expect(() => groupTriples([0], [0], [1, 2])).toThrow('lengths differ');
  });
});
