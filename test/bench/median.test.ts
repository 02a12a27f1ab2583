import { describe, expect, it } from 'vitest';
import { median } from '../../bench/median';
import { repeatMedian } from '../../bench/repeatMedian';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('repeatMedian runs the step the given number of times', async () => {
    const times = [30, 10, 20];
    let calls = 0;
    expect(await repeatMedian(3, async () => times[calls++])).toBe(20);
    expect(calls).toBe(3);
  });
});
