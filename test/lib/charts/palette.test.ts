import { describe, expect, it } from 'vitest';
import { heat, inkOnHeat, segmentColor, seriesColor, stageColor, tierColor } from '../../../src/lib/charts/palette';

const luminance = (c: string) => {
  const [r, g, b] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(c) ?? []).slice(1).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('palette', () => {
  it('heat() darkens monotonically, so it reads in greyscale', () => {
    const steps = [0, 0.25, 0.5, 0.75, 1].map((t) => luminance(heat(t)));
    expect(steps).toEqual([...steps].sort((a, b) => b - a));
    expect(inkOnHeat(0.9)).toBe('#ffffff');
    expect(heat(Number.NaN)).toBe(heat(0));
  });

  it('tierColor() gives a known tier the same colour whatever its position', () => {
    expect(tierColor('重要客户', 3, 4)).toBe(tierColor('重要客户', 0, 4));
    expect(tierColor('Platinum', 0, 4)).toBe(tierColor('重要客户', 0, 4));
    expect(luminance(tierColor('小客户', 3, 4))).toBeGreaterThan(luminance(tierColor('重要客户', 0, 4)));
  });

  it('segmentColor() shares colours between segment maps and greys unknowns', () => {
    expect(segmentColor('Champions')).toBe(segmentColor('champions'));
    expect(segmentColor('Champions')).toBe(segmentColor('重要价值客户'));
    expect(segmentColor('Others')).toBe('#d9d9d9');
    expect(new Set(['Champions', 'Loyal Customers', 'At Risk', 'Lost'].map(segmentColor)).size).toBe(4);
  });

  it('stageColor() and seriesColor() are stable', () => {
    expect(stageColor('lost')).not.toBe(stageColor('decline'));
    expect(stageColor('unknown')).toBe(stageColor('other'));
    expect(seriesColor(0, 1)).toBe(seriesColor(0, 1));
  });
});
