import { describe, expect, it } from 'vitest';
import { rankBandKey } from '../../../src/lib/charts/rankBandKey';
import { rankBand } from '../../../workers/overview/rankBand';

describe('rankBandKey()', () => {
  it('rankBandKey() orders, clamps and rounds a brushed band to 0.1%', () => {
    expect(rankBandKey(0.5, 0.25)).toBe('0.25..0.5');
    expect(rankBandKey(-0.2, 0.12345)).toBe('0..0.123');
    expect(rankBandKey(0.9996, 1.7)).toBeNull();
    expect(rankBandKey(0.8, 1.2)).toBe('0.8..1');
  });

  it('rankBandKey() gives nothing for an empty or broken band', () => {
    expect(rankBandKey(0.3, 0.3004)).toBeNull();
    expect(rankBandKey(Number.NaN, 0.5)).toBeNull();
  });

  it('rankBandKey() writes keys that rankBand reads back', () => {
    for (const [a, b] of [[0, 1], [0.0004, 0.9], [0.333333, 0.666667]] as const) {
      const key = rankBandKey(a, b)!;
      const band = rankBand(key);
      expect(band.from).toBeCloseTo(a, 3);
      expect(band.to).toBeCloseTo(b, 3);
    }
  });
});
