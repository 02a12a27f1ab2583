import { describe, expect, it } from 'vitest';
import { segmentMapName } from '../../../src/lib/sql/segmentMapName';

describe('segmentMapName()', () => {
  it('segmentMapName() accepts lower-case names that can be part of a column name and refuses the rest', () => {
    expect(segmentMapName('custom')).toBe('custom');
    expect(segmentMapName('rfm10')).toBe('rfm10');
    for (const bad of ['', 'My map', '1st', 'x-y', '细分']) expect(() => segmentMapName(bad)).toThrow(`invalid segment map name: ${JSON.stringify(bad)}`);
  });
});
