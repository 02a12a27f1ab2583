import { describe, expect, it } from 'vitest';
import { RowHashSet } from '../../../workers/ingest/RowHashSet';
import { hashFields } from '../../../workers/ingest/hashFields';

const h = new Uint32Array(2);
const key = (fields: string[], skip = -1): [number, number] => {
  hashFields(fields, skip, h);
  return [h[0], h[1]];
};

describe('hashFields', () => {
  it('hashFields() tells fields apart by their boundaries and can leave one field out', () => {
    expect(key(['ab', 'c'])).not.toEqual(key(['a', 'bc']));
    expect(key(['O-1', '30.00', 'Honey'], 1)).toEqual(key(['O-1', '33.00', 'Honey'], 1));
    expect(key(['O-1', '30.00', 'Honey'])).not.toEqual(key(['O-1', '33.00', 'Honey']));
  });

  it('hashFields() can hash a range of fields only', () => {
    hashFields(['x', '12.50', 'y'], -1, h, 1, 2);
    const amount = [h[0], h[1]];
    expect(amount).toEqual(key(['12.50']));
  });
});

describe('RowHashSet', () => {
  it('RowHashSet.add() returns the line of the first identical row, 0 for a new one', () => {
    const set = new RowHashSet();
    expect(set.add(1, 2, 7, 2)).toBe(0);
    expect(set.add(1, 3, 7, 3)).toBe(0);
    expect(set.add(1, 2, 7, 4)).toBe(2);
  });

  it('RowHashSet.add() names the earlier row that differs only in the amount', () => {
    const set = new RowHashSet();
    expect(set.add(5, 6, 30, 4)).toBe(0);
    expect(set.add(5, 6, 33, 14)).toBe(0);
    expect(set.conflictLine).toBe(4);
    expect(set.add(5, 6, 33, 15)).toBe(14);
    expect(set.add(9, 9, 1, 16)).toBe(0);
    expect(set.conflictLine).toBe(0);
  });

  it('RowHashSet.add() keeps working as it grows, and stops at maxRows', () => {
    const set = new RowHashSet(200_000);
    for (let i = 0; i < 200_000; i++) {
      const [a, b] = key([`C${i}`]);
      expect(set.add(a, b, 0, i + 1)).toBe(0);
    }
    const [a, b] = key(['C123']);
    expect(set.add(a, b, 0, 999_999)).toBe(124);
    expect(set.add(1, 1, 1, 1_000_000)).toBe(-1);
    expect(set.full).toBe(true);
  });
});
