import { describe, expect, it } from 'vitest';
import { rankBand } from '../../../workers/overview/rankBand';

describe('rankBand()', () => {
  it('rankBand() reads from..to shares', () => {
    expect(rankBand('0..0.2')).toEqual({ from: 0, to: 0.2 });
    expect(rankBand('0.123456..1')).toEqual({ from: 0.123456, to: 1 });
  });

  it('rankBand() refuses empty, reversed, out-of-range and non-decimal bands', () => {
    for (const key of ['0.2..0.2', '0.5..0.1', '0..2', '-0.1..0.5', '1e-3..0.5', '0..0.5 OR 1=1', '', '0.1234567..1']) {
      expect(() => rankBand(key), key).toThrow(`invalid rank band: ${key} (expected from..to with 0 <= from < to <= 1)`);
    }
  });
});
