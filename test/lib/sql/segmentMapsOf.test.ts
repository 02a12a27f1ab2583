import { describe, expect, it } from 'vitest';
import { segmentMapsOf } from '../../../src/lib/sql/segmentMapsOf';
import { rfm10Map } from '../../../src/lib/sql/rfm10Map';
import type { CustomerRfmOptions } from '../../../src/lib/sql/CustomerRfmOptions';

describe('segmentMapsOf()', () => {
  it('segmentMapsOf() gives the three textbook maps and value comparison by default', () => {
    const { maps, compare } = segmentMapsOf({});
    expect(maps.map((m) => m.name)).toEqual(['rfm10', 'rf10', 'cn8']);
    expect(compare).toBe('values');
    expect(segmentMapsOf({ maps: [rfm10Map], cn8Compare: 'scores' })).toEqual({ maps: [rfm10Map], compare: 'scores' });
  });

  it('segmentMapsOf() names a duplicate map and an unknown comparison', () => {
    expect(() => segmentMapsOf({ maps: [rfm10Map, rfm10Map] })).toThrow('invalid maps: duplicate name in rfm10, rfm10');
    // SAFETY: a value from outside TypeScript (a share link, the door) is what the check is for.
    expect(() => segmentMapsOf({ cn8Compare: 'ranks' } as unknown as CustomerRfmOptions)).toThrow('invalid cn8Compare: ranks (expected values or scores)');
  });
});
